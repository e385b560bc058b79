import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A meeting as it runs: which case is on everyone's screen (kept in the database, so a clinician who
 * joins late, or a server restarted mid-meeting, lands on it), when each case was on screen, and who
 * was in the meeting's call and when — recorded from the call itself, never typed.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mdt_meeting_live')
    .addColumn('meeting_id', 'uuid', (c) => c.primaryKey().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('current_case_id', 'uuid', (c) => c.references('mdt_cases.id'))
    .addColumn('moved_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('moved_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mdt_case_discussions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('mdt_cases.id').onDelete('cascade'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('mdt_attendance')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .addColumn('left_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('mdt_attendance_meeting').on('mdt_attendance').columns(['meeting_id']).execute();
  await db.schema
    .createIndex('mdt_case_discussions_meeting')
    .on('mdt_case_discussions')
    .columns(['meeting_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('mdt_attendance').execute();
  await db.schema.dropTable('mdt_case_discussions').execute();
  await db.schema.dropTable('mdt_meeting_live').execute();
}
