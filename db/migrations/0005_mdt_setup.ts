import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const now = sql`now()`;

function list(values: readonly string[]) {
  return sql.join(values.map((v) => sql.lit(v)));
}

// The vocabulary as it was when this migration was written: a migration describes the schema then.
const CASE_STATUSES = ['listed', 'discussed', 'not_discussed_standard_of_care', 'rolled_over'];

/**
 * MDT set-up: each MDT's kind of team, the roles that make it quorate and its usual chair; which
 * member holds which core role; who is invited to each meeting; and a case's referrer, pre-MDT
 * summary and place on the list (listed, discussed, passed as standard of care, or rolled over to
 * a later meeting, with both rows pointing at each other). Attachments reuse the files table.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mdt_settings')
    .addColumn('service_id', 'uuid', (c) => c.primaryKey().references('services.id').onDelete('cascade'))
    .addColumn('mdt_type', 'text', (c) => c.notNull())
    .addColumn('core_roles', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('usual_chair_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('mdt_member_roles')
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('core_role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mdt_member_roles_pk', ['service_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('mdt_meeting_invitees')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('mdt_meeting_invitees_pk', ['meeting_id', 'user_id'])
    .execute();

  await db.schema
    .alterTable('mdt_cases')
    .addColumn('referrer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('referrer_organisation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pre_mdt_summary', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('listed')
        .check(sql`status in (${list(CASE_STATUSES)})`),
    )
    .addColumn('added_late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('rolled_over_to_case_id', 'uuid', (c) => c.references('mdt_cases.id'))
    .addColumn('rolled_from_case_id', 'uuid', (c) => c.references('mdt_cases.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  // A rolled-over case says where it went; nothing else may point onwards.
  await sql`alter table mdt_cases add constraint mdt_cases_rolled_over_points_on
    check ((status = 'rolled_over') = (rolled_over_to_case_id is not null))`.execute(db);
  await db.schema.createIndex('mdt_cases_patient').on('mdt_cases').column('patient_id').execute();
  await db.schema
    .createIndex('mdt_meetings_service_start')
    .on('mdt_meetings')
    .columns(['service_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('files_mdt_case').on('files').column('mdt_case_id').execute();
}
