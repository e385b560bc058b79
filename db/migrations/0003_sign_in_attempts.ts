import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Sign-ins per network address, failed or still being checked, so the sign-in throttle counts an
 * attempt before its password is hashed and holds across every process using the database.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Counting one address's window, and sweeping out what has left every window.
  await db.schema
    .createIndex('sign_in_attempts_address_at')
    .on('sign_in_attempts')
    .columns(['address', 'at'])
    .execute();
  await db.schema.createIndex('sign_in_attempts_at').on('sign_in_attempts').column('at').execute();
}
