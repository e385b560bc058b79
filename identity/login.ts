import { sql, type Kysely } from 'kysely';
import type { Database, JsonObject, User } from '../db/schema';
import { appendAudit } from '../audit/audit-log';
import { IdentityError } from './identity-error';
import { dummyHash, MAX_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { accessFor, startSession, type Access, type IdentityDeps, type Where } from './sessions';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface SignedIn extends Access {
  session: { id: string; cookie: string; expiresAt: Date };
}

const WRONG = 'The username or password is not correct.';

function lockedMessage(until: Date): string {
  const time = until.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  return `This account is locked after ${MAX_FAILED_LOGINS} failed sign-ins. Try again after ${time}, or ask an administrator to unlock it.`;
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

// One statement, so guesses sent at once get consecutive numbers before any password is hashed.
// A standing lock is left alone (the attempt is not counted); an expired one starts the count again.
function reserveAttempt(db: Kysely<Database>, username: string, now: Date): Promise<User | undefined> {
  return db
    .updateTable('users')
    .set({
      failed_logins: sql<number>`case when locked_until > ${now} then failed_logins
        when locked_until is null then failed_logins + 1 else 1 end`,
      locked_until: sql<Date | null>`case when locked_until > ${now} then locked_until end`,
    })
    .where('username', '=', username)
    .returningAll()
    .executeTakeFirst();
}

type Audit = (db: Kysely<Database>, action: string, details: JsonObject) => Promise<unknown>;

// Locks once the count has reached the limit, unless a lock already stands (only a new one is
// audited); null when a right password has reset the count since. The count is kept, not zeroed,
// so that attempts reserved meanwhile still number past the limit.
async function lock(db: Kysely<Database>, id: string, now: Date, audit: Audit): Promise<Date | null> {
  const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const locked = await db
    .updateTable('users')
    .set({ locked_until: until })
    .where('id', '=', id)
    .where('failed_logins', '>=', MAX_FAILED_LOGINS)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('id')
    .executeTakeFirst();
  if (locked) return audit(db, 'auth.locked', { until: until.toISOString() }).then(() => until);
  const row = await db.selectFrom('users').select('locked_until').where('id', '=', id).executeTakeFirst();
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

/**
 * Password sign-in. A wrong username and a wrong password are refused alike, after the same
 * scrypt work; five wrong passwords in a row lock the account for fifteen minutes. Each attempt is
 * counted before its password is hashed, so five is the most ever checked, however they arrive.
 */
export async function login(
  deps: IdentityDeps,
  credentials: { username: string; password: string },
  where: Where = {},
): Promise<SignedIn> {
  const now = deps.now?.() ?? new Date();
  const username = normaliseUsername(credentials.username);
  const password = credentials.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const user = await reserveAttempt(deps.db, username, now);

  if (!user) {
    await verifyPassword(password, await dummyHash());
    await appendAudit(deps.db, {
      action: 'auth.login_failed',
      ip: where.ip,
      details: { username, reason: 'no such user' },
    });
    throw new IdentityError('wrong_password', WRONG);
  }
  const resource = { type: 'user', id: user.id };
  const actor = { id: user.id, role: user.role };
  const audit: Audit = (db, action, details) => appendAudit(db, { actor, action, resource, ip: where.ip, details });
  if (user.locked_until && user.locked_until > now) {
    await audit(deps.db, 'auth.login_refused', { reason: 'locked' });
    throw new IdentityError('locked', lockedMessage(user.locked_until));
  }
  if (user.failed_logins > MAX_FAILED_LOGINS) {
    // Sent while the last allowed guesses were still being checked: refused without checking.
    const until = await deps.db.transaction().execute((trx) => lock(trx, user.id, now, audit));
    await audit(deps.db, 'auth.login_refused', { reason: 'locked' });
    throw new IdentityError('locked', lockedMessage(until ?? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000)));
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    const last = user.failed_logins >= MAX_FAILED_LOGINS;
    const lockedUntil = await deps.db.transaction().execute(async (trx) => {
      // The account row before the audit chain's head, the order a sign-in takes them in: no deadlock.
      if (last) await trx.selectFrom('users').select('id').where('id', '=', user.id).forUpdate().execute();
      await audit(trx, 'auth.login_failed', { attempts: user.failed_logins });
      return last ? lock(trx, user.id, now, audit) : null;
    });
    if (lockedUntil) throw new IdentityError('locked', lockedMessage(lockedUntil));
    throw new IdentityError('wrong_password', WRONG);
  }
  if (user.disabled_at) {
    // The right password is not a failure: the attempt is given back, as if never counted.
    const back = sql<number>`greatest(failed_logins - 1, 0)`;
    await deps.db.updateTable('users').set({ failed_logins: back }).where('id', '=', user.id).execute();
    await audit(deps.db, 'auth.login_refused', { reason: 'disabled' });
    throw new IdentityError('disabled', 'This account has been disabled. Ask an administrator.');
  }

  return deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const session = await startSession(trx, user.id, where, now);
    await audit(trx, 'auth.login', { session_id: session.id });
    return { ...(await accessFor(deps, user, session.id, trx)), session };
  });
}
