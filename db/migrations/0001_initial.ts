import { sql, type Kysely } from 'kysely';

/**
 * The first schema: organisations and their services, staff, patients, appointments,
 * consultations, MDT meetings, invites, sessions and the audit chain. Written against
 * `Kysely<any>` on purpose: a migration describes the schema as it was then, not as the
 * Database interface says it is now.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const id = sql`gen_random_uuid()`;
const now = sql`now()`;

function list(values: readonly string[]) {
  return sql.join(values.map((v) => sql.lit(v)));
}

async function organisations(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in (${list(['trust', 'hub', 'care_home', 'prison', 'gp_practice'])})`),
    )
    .addColumn('ods_code', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in (${list(['on_demand_hub', 'scheduled_clinic', 'mdt'])})`),
    )
    .addColumn('opening_hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'{"always": true}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('username', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`username = lower(username)`),
    )
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`role in (${list(['clinician', 'nurse', 'coordinator', 'admin', 'care_home_staff', 'prison_staff'])})`,
        ),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('presence', 'text', (c) =>
      c
        .notNull()
        .defaultTo('offline')
        .check(sql`presence in (${list(['offline', 'available', 'busy', 'away'])})`),
    )
    .addColumn('on_call', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('service_members')
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('service_members_pk', ['service_id', 'user_id'])
    .execute();
  await db.schema.createIndex('service_members_user').on('service_members').column('user_id').execute();
}

async function patientsAndConsultations(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('patients')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('nhs_number', 'text', (c) => c.unique().check(sql`nhs_number ~ '^[0-9]{10}$'`))
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'date', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull().references('patients.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('appointments_ends_after_start', sql`ends_at > starts_at`)
    .execute();
  await db.schema
    .createIndex('appointments_service_start')
    .on('appointments')
    .columns(['service_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('consultations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('patient_id', 'uuid', (c) => c.references('patients.id'))
    .addColumn('appointment_id', 'uuid', (c) => c.references('appointments.id'))
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('requester_organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('waiting')
        .check(sql`status in (${list(['waiting', 'in_progress', 'on_hold', 'transferred', 'ended'])})`),
    )
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('admitted_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('consultations_service_status')
    .on('consultations')
    .columns(['service_id', 'status'])
    .execute();

  await db.schema
    .createTable('consultation_participants')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('consultation_id', 'uuid', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('invite_jti', 'uuid')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('left_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('chat_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('consultation_id', 'uuid', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('consultation_participants.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(body) between 1 and 4000`))
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('chat_messages_consultation')
    .on('chat_messages')
    .columns(['consultation_id', 'sent_at'])
    .execute();
}

async function mdt(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mdt_meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('chair_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('mdt_meetings_ends_after_start', sql`ends_at > starts_at`)
    .execute();

  await db.schema
    .createTable('mdt_cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('mdt_meetings.id').onDelete('cascade'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull().references('patients.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('presenter_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('mdt_cases_meeting_position', ['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('mdt_outcomes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('mdt_cases.id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('actions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('signed_off_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('signed_off_at', 'timestamptz')
    .addUniqueConstraint('mdt_outcomes_case_version', ['case_id', 'version'])
    .addCheckConstraint('mdt_outcomes_signoff_complete', sql`(signed_off_by is null) = (signed_off_at is null)`)
    .execute();
}

async function filesInvitesSessions(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('consultation_id', 'uuid', (c) => c.references('consultations.id').onDelete('cascade'))
    .addColumn('mdt_case_id', 'uuid', (c) => c.references('mdt_cases.id').onDelete('cascade'))
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes >= 0`))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea')
    .addColumn('storage_path', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('files_one_home', sql`(content is null) <> (storage_path is null)`)
    .addCheckConstraint('files_one_owner', sql`(consultation_id is null) <> (mdt_case_id is null)`)
    .execute();

  await db.schema
    .createTable('invites')
    .addColumn('jti', 'uuid', (c) => c.primaryKey())
    .addColumn('scope_kind', 'text', (c) => c.notNull().check(sql`scope_kind in ('consultation', 'service')`))
    .addColumn('scope_id', 'uuid', (c) => c.notNull())
    .addColumn('guest_kind', 'text', (c) =>
      c.notNull().check(sql`guest_kind in (${list(['patient', 'relative', 'carer', 'interpreter', 'professional'])})`),
    )
    .addColumn('display_name', 'text')
    .addColumn('appointment_id', 'uuid', (c) => c.references('appointments.id'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz')
    .addColumn('window_end', 'timestamptz')
    .addColumn('single_use', 'boolean', (c) => c.notNull())
    .addColumn('use_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('invites_window_pair', sql`(window_start is null) = (window_end is null)`)
    .execute();
  await db.schema.createIndex('invites_scope').on('invites').columns(['scope_kind', 'scope_id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_refreshed_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
}

async function audit(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_resource')
    .on('audit_events')
    .columns(['resource_type', 'resource_id'])
    .execute();

  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last_id', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_chain_head')
    .values({ id: 1, last_id: 0, last_hash: '0'.repeat(64) })
    .execute();

  // The application never changes these rows; the triggers make an accidental UPDATE or DELETE
  // fail loudly. A database superuser can still disable them, which is what the hash chain is for.
  await sql`
    create function refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: rows are never updated or deleted', tg_table_name;
    end $$`.execute(db);
  for (const table of ['audit_events', 'mdt_outcomes']) {
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function refuse_change()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function refuse_change()`.execute(db);
  }
}

export async function up(db: AnyDb): Promise<void> {
  await organisations(db);
  await patientsAndConsultations(db);
  await mdt(db);
  await filesInvitesSessions(db);
  await audit(db);
}
