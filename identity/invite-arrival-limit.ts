import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { IdentityError } from './identity-error';

/** Arrivals by fixed links one address may make in the window: a family or a ward shares one address. */
export const FIXED_LINK_ARRIVALS = { limit: 10, windowMs: 10 * 60_000 };

// First key of the per-address advisory locks, apart from the sign-in throttle's.
const LOCK_CLASS = 0x4649_584c;

/**
 * Counts one arrival by a fixed link from `address`, in the caller's transaction, or refuses with
 * `throttled`: a published link asks for no sign-in, so this is what stops one address filling a
 * queue. Counted in the database under a lock, so parallel requests and processes cannot overrun it.
 */
export async function countFixedLinkArrival(
  trx: Transaction<Database>,
  address: string | null,
  now: Date,
  limits = FIXED_LINK_ARRIVALS,
): Promise<void> {
  const key = address ?? 'unknown';
  const since = new Date(now.getTime() - limits.windowMs);
  await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, hashtext(${key}))`.execute(trx);
  await trx.deleteFrom('fixed_link_arrivals').where('address', '=', key).where('at', '<=', since).execute();
  const { count } = await trx
    .selectFrom('fixed_link_arrivals')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('address', '=', key)
    .executeTakeFirstOrThrow();
  if (Number(count) >= limits.limit) {
    throw new IdentityError(
      'throttled',
      'Too many people have joined from your network just now. Try again in a few minutes.',
    );
  }
  await trx.insertInto('fixed_link_arrivals').values({ address: key, at: now }).execute();
}
