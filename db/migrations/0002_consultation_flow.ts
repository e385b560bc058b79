import { sql, type Kysely } from 'kysely';

/**
 * The consultation flow: the queue (priority, since when someone has waited, their pre-call
 * check), the call's room, the clinician's notes, which guest a participant row is, and the
 * timeline of each consultation. Written against `Kysely<any>`, as the schema was then.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const EVENT_KINDS = [
  'arrived',
  'admitted',
  'held',
  'transferred',
  'ended',
  'message_to_waiting',
  'participant_added',
  'participant_left',
  'file_shared',
  'notes_updated',
  'priority_changed',
];

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('consultations')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    // Set while someone waits (again, after a hold or a transfer); null when nobody has arrived yet.
    .addColumn('waiting_since', 'timestamptz')
    .addColumn('precheck', 'jsonb')
    .addColumn('room_id', 'text')
    .addColumn('notes', 'text', (c) => c.check(sql`length(notes) <= 20000`))
    .addColumn('notes_updated_at', 'timestamptz')
    .addColumn('notes_updated_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  // Calls a care home asked for were waiting from the moment they were made; booked ones wait
  // only once someone arrives.
  await sql`update consultations set waiting_since = created_at
    where status in ('waiting', 'on_hold') and appointment_id is null`.execute(db);

  await db.schema
    .alterTable('consultation_participants')
    // The guest's identity (from their invite), so a reload finds the same row instead of a new one.
    .addColumn('guest_id', 'text')
    .addColumn('precheck', 'jsonb')
    .execute();
  await db.schema
    .createIndex('consultation_participants_consultation')
    .on('consultation_participants')
    .column('consultation_id')
    .execute();
  await db.schema
    .createIndex('consultation_participants_guest')
    .on('consultation_participants')
    .column('guest_id')
    .execute();

  await db.schema
    .createTable('consultation_events')
    // A sequence, not a uuid: the timeline's order is the order events were written.
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('consultation_id', 'uuid', (c) => c.notNull().references('consultations.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${sql.join(EVENT_KINDS.map((k) => sql.lit(k)))})`))
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_events_consultation')
    .on('consultation_events')
    .columns(['consultation_id', 'id'])
    .execute();
  // A timeline is a record of what happened: like the audit trail, it is never rewritten.
  await sql`create trigger consultation_events_append_only before update or delete on consultation_events
    for each row execute function refuse_change()`.execute(db);
  await sql`create trigger consultation_events_no_truncate before truncate on consultation_events
    for each statement execute function refuse_change()`.execute(db);
}
