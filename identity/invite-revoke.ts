import { appendAudit } from '../audit/audit-log';
import { IdentityError } from './identity-error';
import type { InviteDeps } from './invite-types';
import type { Where } from './sessions';

/** Withdraws a link (its guests' sockets are closed by the caller through the grant-end bus). */
export async function revokeInvite(
  deps: InviteDeps,
  jti: string,
  actor: { id: string; role: string },
  where: Where = {},
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('invites')
      .set({ revoked_at: now, revoked_by: actor.id })
      .where('jti', '=', jti)
      .where('revoked_at', 'is', null)
      .returning('jti')
      .executeTakeFirst();
    if (!revoked) throw new IdentityError('not_found', 'there is no such invite, or it was already withdrawn');
    await appendAudit(trx, {
      actor,
      action: 'invite.revoke',
      resource: { type: 'invite', id: jti },
      ip: where.ip ?? null,
    });
  });
}
