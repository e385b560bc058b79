import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * External clinicians invited to one MDT meeting by link: an invite may now lead to a meeting; the
 * invite's own row keeps its name, window, use and withdrawal, and beside it what the coordinator
 * recorded (their role and organisation, an email never sent to); and each stay of theirs in the
 * meeting's call, taken from the call as staff attendance is.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table invites drop constraint invites_scope_kind_check`.execute(db);
  await sql`alter table invites add constraint invites_scope_kind_check
    check (scope_kind in ('consultation', 'service', 'mdt_meeting'))`.execute(db);
  await db.schema
    .createTable('mdt_external_invites')
    .addColumn('jti', 'uuid', (c) => c.primaryKey().references('invites.jti'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('role_and_organisation', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .execute();
  await db.schema
    .createIndex('mdt_external_invites_meeting')
    .on('mdt_external_invites')
    .columns(['meeting_id'])
    .execute();
  await db.schema
    .createTable('mdt_external_attendance')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('invite_jti', 'uuid', (c) => c.notNull().references('mdt_external_invites.jti'))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .addColumn('left_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('mdt_external_attendance_meeting')
    .on('mdt_external_attendance')
    .columns(['meeting_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('mdt_external_attendance').execute();
  await db.schema.dropTable('mdt_external_invites').execute();
  await sql`delete from invites where scope_kind = 'mdt_meeting'`.execute(db);
  await sql`alter table invites drop constraint invites_scope_kind_check`.execute(db);
  await sql`alter table invites add constraint invites_scope_kind_check
    check (scope_kind in ('consultation', 'service'))`.execute(db);
}
