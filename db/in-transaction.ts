import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/**
 * Runs `work` in the caller's transaction when given one (so it commits or rolls back with the
 * rest), else in a transaction of its own. Kysely cannot nest transactions, so functions that
 * must be atomic and may be called from inside another transaction go through here.
 */
export function inTransaction<T>(
  db: Kysely<Database> | Transaction<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
