import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { IdentityError } from './identity-error';

export interface SignInThrottleOptions {
  /** Failed sign-ins from one address within the window before it must wait. */
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

/** What `reserve` hands back, to be forgiven if the sign-in turns out not to have failed. */
export type SignInAttempt = number;

// First key of the per-address advisory locks, so that they never meet another use of advisory locks.
const LOCK_CLASS = 0x5349_4e49;
// Rows out of every window removed by each reservation: enough to keep up, few enough to stay quick.
const SWEEP = 100;

/**
 * Failed sign-ins per network address, over a sliding window. Account lock-out stops guessing
 * one password; this stops one address trying a few passwords on many accounts. The limit is
 * generous because a care home or a hospital often reaches us through one shared address.
 * Attempts are counted in the database before the password is hashed, and taken back only once it
 * proves right, so guesses sent all at once, or spread over several processes, cannot overrun it.
 */
export class SignInThrottle {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: SignInThrottleOptions = {}) {
    this.limit = options.limit ?? 30;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Counts one attempt from `address` as a failure straight away (the password is checked later,
   * slowly); throws `throttled` instead while the address has used up its failures.
   */
  async reserve(db: Kysely<Database>, address: string | null): Promise<SignInAttempt> {
    const key = address ?? 'unknown';
    const now = this.now();
    const since = new Date(now - this.windowMs);
    const outcome = await db.transaction().execute(async (trx) => {
      // One reservation per address at a time, in every process: the count cannot go stale before the insert.
      await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, hashtext(${key}))`.execute(trx);
      await trx
        .deleteFrom('sign_in_attempts')
        .where('id', 'in', (eb) =>
          eb.selectFrom('sign_in_attempts').select('id').where('at', '<=', since).limit(SWEEP).forUpdate().skipLocked(),
        )
        .execute();
      const window = await trx
        .selectFrom('sign_in_attempts')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
        .where('address', '=', key)
        .where('at', '>', since)
        .executeTakeFirstOrThrow();
      if (window.count >= this.limit) return window.oldest ?? new Date(now);
      const row = await trx
        .insertInto('sign_in_attempts')
        .values({ address: key, at: new Date(now) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
    // The attempt's id, or when the oldest failure in the window was.
    if (typeof outcome === 'number') return outcome;
    const minutes = Math.max(1, Math.ceil((outcome.getTime() + this.windowMs - now) / 60_000));
    throw new IdentityError(
      'throttled',
      `Too many failed sign-ins from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }

  /** Takes back a reserved attempt that did not fail (a right password), so it does not count. */
  async forgive(db: Kysely<Database>, attempt: SignInAttempt): Promise<void> {
    await db.deleteFrom('sign_in_attempts').where('id', '=', attempt).execute();
  }
}
