import { revokeInvite } from '../../../identity/invites';
import { auditActor, type Actor } from '../../kernel/context';
import { DomainError } from '../../kernel/domain-error';
import { requireId } from '../../kernel/ids';
import type { MdtContext } from '../mdt-context';
import { authoriseInviter } from './inviter';
import { readExternalInvites } from './invite-view';
import type { ExternalInviteContext } from './invites';

/** The meeting's links for external clinicians, for its coordinator and chair. */
export async function listExternalInvites(ctx: MdtContext, actor: Actor, meetingId: string) {
  const m = await authoriseInviter(ctx, actor, 'invite.create', meetingId);
  return readExternalInvites(ctx.db, m.id);
}

/** Withdraws one; the caller then closes the sockets it opened (which takes them out of the call). */
export async function withdrawExternal(ctx: ExternalInviteContext, actor: Actor, jti: string): Promise<void> {
  const link = await ctx.db
    .selectFrom('mdt_external_invites')
    .select(['jti', 'meeting_id'])
    .where('jti', '=', requireId(jti, 'external invite'))
    .executeTakeFirst();
  if (!link) throw new DomainError('not_found', 'there is no such external invite');
  await authoriseInviter(ctx, actor, 'invite.revoke', link.meeting_id);
  await revokeInvite({ db: ctx.db, tokens: ctx.tokens, now: ctx.now }, link.jti, auditActor(actor), {
    ip: actor.ip ?? null,
  });
}
