import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, User } from '../db/schema';
import { appendAudit } from '../audit/audit-log';
import { serviceIdsOf } from '../db/records/organisations';
import { IdentityError } from './identity-error';
import type { TokenService } from './tokens';

/** A sign-in lasts one long shift; the access token it yields, a quarter of an hour at a time. */
export const SESSION_HOURS = 12;
export const ACCESS_TTL_SECONDS = 15 * 60;

export interface IdentityDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  now?: () => Date;
}

export interface StaffSummary {
  id: string;
  username: string;
  name: string;
  role: User['role'];
  organisationId: string;
  serviceIds: string[];
}

export interface Access {
  accessToken: string;
  accessExpiresAt: Date;
  user: StaffSummary;
}

export interface Where {
  ip?: string | null;
  userAgent?: string | null;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Issues an access token from the account as it is now: role and memberships are re-read each time. */
export async function accessFor(
  deps: IdentityDeps,
  user: User,
  sessionId: string,
  db: Kysely<Database> = deps.db,
): Promise<Access> {
  const summary: StaffSummary = {
    id: user.id,
    username: user.username,
    name: user.display_name,
    role: user.role,
    organisationId: user.organisation_id,
    serviceIds: await serviceIdsOf(db, user.id),
  };
  const now = deps.now?.() ?? new Date();
  const accessToken = deps.tokens.issueAccess(
    {
      sub: user.id,
      role: user.role,
      name: user.display_name,
      sid: sessionId,
      org: user.organisation_id,
      services: summary.serviceIds,
    },
    ACCESS_TTL_SECONDS,
  );
  return { accessToken, accessExpiresAt: new Date(now.getTime() + ACCESS_TTL_SECONDS * 1000), user: summary };
}

/** Creates the session row; the cookie carries its id and a secret whose hash alone is stored. */
export async function startSession(
  trx: Transaction<Database>,
  userId: string,
  where: Where,
  now: Date,
): Promise<{ id: string; cookie: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const { id } = await trx
    .insertInto('sessions')
    .values({
      user_id: userId,
      token_hash: sha256(secret),
      created_at: now,
      expires_at: expiresAt,
      ip: where.ip ?? null,
      user_agent: where.userAgent?.slice(0, 300) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, cookie: `${id}.${secret}`, expiresAt };
}

async function liveSession(deps: IdentityDeps, cookie: string | undefined, now: Date) {
  const [id, secret] = (cookie ?? '').split('.');
  if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw new IdentityError('missing', 'you are not signed in');
  const session = await deps.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  const expected = Buffer.from(session?.token_hash ?? sha256(''), 'hex');
  const presented = Buffer.from(sha256(secret), 'hex');
  if (!session || !timingSafeEqual(expected, presented))
    throw new IdentityError('invalid', 'this sign-in is not valid');
  if (session.revoked_at) throw new IdentityError('revoked', 'you have been signed out; please sign in again');
  if (session.expires_at <= now) throw new IdentityError('expired', 'your sign-in has expired; please sign in again');
  return session;
}

/** A fresh access token for a session cookie, while the session is neither revoked nor expired. */
export async function refreshSession(deps: IdentityDeps, cookie: string | undefined): Promise<Access> {
  const now = deps.now?.() ?? new Date();
  const session = await liveSession(deps, cookie, now);
  const user = await deps.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', session.user_id)
    .executeTakeFirstOrThrow();
  if (user.disabled_at) throw new IdentityError('disabled', 'this account has been disabled');
  await deps.db.updateTable('sessions').set({ last_refreshed_at: now }).where('id', '=', session.id).execute();
  return accessFor(deps, user, session.id);
}

/** Signs out: the session can no longer be refreshed and its access tokens stop working; returns its id. */
export async function endSession(deps: IdentityDeps, cookie: string | undefined, where: Where): Promise<string> {
  const now = deps.now?.() ?? new Date();
  const session = await liveSession(deps, cookie, now);
  const { role } = await deps.db
    .selectFrom('users')
    .select('role')
    .where('id', '=', session.user_id)
    .executeTakeFirstOrThrow();
  await revokeSession(deps, session.id, { id: session.user_id, role }, where);
  return session.id;
}

export async function revokeSession(
  deps: IdentityDeps,
  sessionId: string,
  actor: { id: string; role: string },
  where: Where,
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    if (!revoked) return;
    await appendAudit(trx, {
      actor,
      action: 'auth.logout',
      resource: { type: 'session', id: sessionId },
      ip: where.ip ?? null,
      details: { user_id: revoked.user_id },
    });
  });
}
