import type { Transaction } from 'kysely';
import type { Database, Invite } from '../db/schema';
import { closure } from '../contracts/opening-hours';
import { appendAudit } from '../audit/audit-log';
import { IdentityError } from './identity-error';
import { GUEST_ACCESS_TTL_SECONDS } from './invite-windows';
import type { GuestAccess, InviteDeps } from './invite-types';
import type { Where } from './sessions';
import { TokenError } from './tokens';

const londonTime = (d: Date): string =>
  d.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** Why this stored invite cannot be used now, or null when it can. */
function refusal(invite: Invite, now: Date): IdentityError | null {
  if (invite.revoked_at)
    return new IdentityError('revoked', 'This link has been withdrawn. Ask the clinic for a new one.');
  if (invite.expires_at <= now)
    return new IdentityError('expired', 'This link has expired. Ask the clinic for a new one.');
  if (invite.window_start && invite.window_end && (now < invite.window_start || now > invite.window_end)) {
    return new IdentityError(
      'outside_window',
      `This link works from ${londonTime(invite.window_start)} to ${londonTime(invite.window_end)}.`,
    );
  }
  if (invite.single_use && invite.used_at) return new IdentityError('used', 'This link has already been used.');
  return null;
}

/**
 * A link to a waiting area is refused while the service is closed, before it is used up, so the
 * guest is told when to come back rather than finding out after the pre-call check.
 */
async function closedService(trx: Transaction<Database>, invite: Invite, now: Date): Promise<IdentityError | null> {
  if (invite.scope_kind !== 'service') return null;
  const service = await trx
    .selectFrom('services')
    .select(['name', 'opening_hours'])
    .where('id', '=', invite.scope_id)
    .executeTakeFirst();
  if (!service) return new IdentityError('invalid', 'The service this link is for no longer exists.');
  const closed = closure(service, now);
  return closed && new IdentityError('closed', closed.message);
}

function fromTokenError(err: unknown): IdentityError {
  if (err instanceof TokenError && err.code === 'expired') {
    return new IdentityError('expired', 'This link has expired. Ask the clinic for a new one.');
  }
  if (err instanceof TokenError && err.code === 'missing')
    return new IdentityError('missing', 'No invite link was given.');
  return new IdentityError('invalid', 'This link is not valid. Check it was copied in full.');
}

/**
 * Exchanges an invite link for a guest's access token. The stored invite is locked, checked and
 * marked used in one transaction, so a single-use link admits exactly one person however many
 * times it is opened at once.
 */
export async function redeemInvite(
  deps: InviteDeps,
  token: string | undefined,
  guestName: string | null,
  where: Where = {},
): Promise<GuestAccess> {
  const now = deps.now?.() ?? new Date();
  let claims;
  try {
    claims = deps.tokens.verifyInvite(token);
  } catch (err) {
    throw fromTokenError(err);
  }
  const resource = { type: 'invite', id: claims.jti };
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites')
      .selectAll()
      .where('jti', '=', claims.jti)
      .forUpdate()
      .executeTakeFirst();
    if (!invite) return { error: new IdentityError('invalid', 'This link is not valid. Check it was copied in full.') };
    const refused = refusal(invite, now) ?? (await closedService(trx, invite, now));
    if (refused) return { error: refused };
    const { use_count } = await trx
      .updateTable('invites')
      .set((eb) => ({ use_count: eb('use_count', '+', 1), used_at: eb.fn.coalesce('used_at', eb.val(now)) }))
      .where('jti', '=', invite.jti)
      .returning('use_count')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { action: 'invite.use', resource, ip: where.ip ?? null, details: { use: use_count } });
    return { invite, use: use_count, error: null };
  });
  if (outcome.error) {
    const error = outcome.error;
    await appendAudit(deps.db, {
      action: 'invite.refused',
      resource,
      ip: where.ip ?? null,
      details: { reason: error.code },
    });
    throw error;
  }
  const { invite, use } = outcome;
  const scope = { kind: invite.scope_kind, id: invite.scope_id };
  const guest = {
    id: invite.single_use ? `guest-${invite.jti}` : `guest-${invite.jti}-${use}`,
    name: (guestName?.trim() || invite.display_name || 'Guest').slice(0, 80),
    kind: invite.guest_kind,
    scope,
  };
  const accessToken = deps.tokens.issueAccess(
    {
      sub: guest.id,
      role: 'guest',
      name: guest.name,
      scope,
      guest: guest.kind,
      inv: invite.jti,
    },
    GUEST_ACCESS_TTL_SECONDS,
  );
  return { accessToken, accessExpiresAt: new Date(now.getTime() + GUEST_ACCESS_TTL_SECONDS * 1000), guest };
}

