import { sql } from 'kysely';
import type { User } from '../../db/schema';
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

async function recordFailure(deps: IdentityDeps, user: User, now: Date, where: Where): Promise<Date | null> {
  return deps.db.transaction().execute(async (trx) => {
    // Counted in SQL, not read-then-written, so simultaneous wrong guesses are all counted.
    const { failed_logins } = await trx
      .updateTable('users')
      .set({ failed_logins: sql<number>`failed_logins + 1` })
      .where('id', '=', user.id)
      .returning('failed_logins')
      .executeTakeFirstOrThrow();
    const actor = { id: user.id, role: user.role };
    const resource = { type: 'user', id: user.id };
    await appendAudit(trx, {
      actor,
      action: 'auth.login_failed',
      resource,
      ip: where.ip,
      details: { attempts: failed_logins },
    });
    if (failed_logins < MAX_FAILED_LOGINS) return null;
    const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    await trx.updateTable('users').set({ locked_until: until, failed_logins: 0 }).where('id', '=', user.id).execute();
    await appendAudit(trx, {
      actor,
      action: 'auth.locked',
      resource,
      ip: where.ip,
      details: { until: until.toISOString() },
    });
    return until;
  });
}

/**
 * Password sign-in. A wrong username and a wrong password are refused alike, after the same
 * scrypt work; five wrong passwords in a row lock the account for fifteen minutes.
 */
export async function login(
  deps: IdentityDeps,
  credentials: { username: string; password: string },
  where: Where = {},
): Promise<SignedIn> {
  const now = deps.now?.() ?? new Date();
  const username = normaliseUsername(credentials.username);
  const password = credentials.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const user = await deps.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

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
  if (user.locked_until && user.locked_until > now) {
    await appendAudit(deps.db, {
      actor,
      action: 'auth.login_refused',
      resource,
      ip: where.ip,
      details: { reason: 'locked' },
    });
    throw new IdentityError('locked', lockedMessage(user.locked_until));
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    const lockedUntil = await recordFailure(deps, user, now, where);
    if (lockedUntil) throw new IdentityError('locked', lockedMessage(lockedUntil));
    throw new IdentityError('wrong_password', WRONG);
  }
  if (user.disabled_at) {
    await appendAudit(deps.db, {
      actor,
      action: 'auth.login_refused',
      resource,
      ip: where.ip,
      details: { reason: 'disabled' },
    });
    throw new IdentityError('disabled', 'This account has been disabled. Ask an administrator.');
  }

  return deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const session = await startSession(trx, user.id, where, now);
    await appendAudit(trx, {
      actor,
      action: 'auth.login',
      resource,
      ip: where.ip,
      details: { session_id: session.id },
    });
    return { ...(await accessFor(deps, user, session.id, trx)), session };
  });
}
