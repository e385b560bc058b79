import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { DomainContext } from './context';

/** How one kind of row is guarded: who may change it (decided before any lock), and how it is locked. */
export interface Guard<A, R> {
  authorise(): Promise<A>;
  /** Locks and returns the row; throws if what `authorise` decided on no longer holds. */
  lock(trx: Transaction<Database>, auth: A): Promise<R>;
}

/**
 * One use case's change: authorise, then work on the locked row inside one transaction. Events
 * are emitted by the caller once this has committed, so nobody hears of a change that rolled back.
 */
export async function change<A, R, T>(
  ctx: Pick<DomainContext, 'db' | 'now'>,
  guard: Guard<A, R>,
  work: (trx: Transaction<Database>, row: R, at: Date) => Promise<T>,
): Promise<{ result: T; before: R }> {
  const auth = await guard.authorise();
  const at = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await guard.lock(trx, auth);
    return { result: await work(trx, before, at), before };
  });
}
