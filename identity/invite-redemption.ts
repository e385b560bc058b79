import { appendAudit } from '../audit/audit-log';
import { fromTokenError, inviteRefusal, notValid } from './invite-refusals';
import { guestAccessSeconds } from './invite-windows';
import type { GuestAccess, InviteDeps } from './invite-types';
import { prefillName } from './invite-check';
import type { Where } from './sessions';

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
    if (!invite) return { error: notValid() };
    const refused = await inviteRefusal(trx, invite, now);
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
  // An MDT meeting's external clinician is who the coordinator named, whatever the page sends.
  const typed = invite.scope_kind === 'mdt_meeting' ? null : guestName?.trim();
  const guest = {
    id: invite.single_use ? `guest-${invite.jti}` : `guest-${invite.jti}-${use}`,
    name: (typed || (await prefillName(deps.db, invite)) || 'Guest').slice(0, 80),
    kind: invite.guest_kind,
    scope,
  };
  const ttl = guestAccessSeconds(invite, now);
  const accessToken = deps.tokens.issueAccess(
    {
      sub: guest.id,
      role: 'guest',
      name: guest.name,
      scope,
      guest: guest.kind,
      inv: invite.jti,
    },
    ttl,
  );
  return { accessToken, accessExpiresAt: new Date(now.getTime() + ttl * 1000), guest };
}
