import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * An invite may name the patient it is for, so the consultation it leads to carries them; and a
 * service may publish a fixed waiting-area link (one active per service, withdrawn to turn it off),
 * whose arrivals each get their own single-use invite, counted per address for the rate limit.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('fixed_links')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  // At most one link on per service: turning it on again issues a new one.
  await sql`create unique index fixed_links_one_active on fixed_links (service_id) where revoked_at is null`.execute(
    db,
  );
  await db.schema
    .alterTable('invites')
    .addColumn('patient_id', 'uuid', (c) => c.references('patients.id'))
    .addColumn('fixed_link_id', 'uuid', (c) => c.references('fixed_links.id'))
    .addColumn('date_of_birth', 'text')
    .execute();
  await db.schema
    .createTable('fixed_link_arrivals')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fixed_link_arrivals_address_at')
    .on('fixed_link_arrivals')
    .columns(['address', 'at'])
    .execute();
}
