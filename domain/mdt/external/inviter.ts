import { may } from '../../../access/authorize';
import type { Actor } from '../../kernel/context';
import { DomainError } from '../../kernel/domain-error';
import { requireId } from '../../kernel/ids';
import { refuse } from '../../kernel/refuse';
import { roleMay } from '../mdt-access';
import type { MdtContext } from '../mdt-context';

/** Making or withdrawing a meeting's link for an external clinician. */
export type InviterAction = 'invite.create' | 'invite.revoke';

/**
 * A meeting by id, once the actor may bring someone from outside the team into it: on the MDT's
 * team (`may`, so another trust's staff are refused), and its coordinator or the meeting's chair, who
 * answer for who is in the room. Every refusal is audited.
 */
export async function authoriseInviter(ctx: MdtContext, actor: Actor, action: InviterAction, meetingId: string) {
  const id = requireId(meetingId, 'MDT meeting');
  const target = { type: 'mdt_meeting', id };
  await roleMay(ctx, actor, action, target);
  const m = await ctx.db
    .selectFrom('mdt_meetings')
    .select(['id', 'service_id', 'title', 'starts_at', 'ends_at', 'chair_user_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!m) throw new DomainError('not_found', 'there is no such MDT meeting');
  const decision = may(actor.identity, action, { type: 'mdt_meeting', id, serviceId: m.service_id });
  if (!decision.allowed) await refuse(ctx, actor, action, target, decision.reason);
  if (actor.identity.role !== 'coordinator' && actor.identity.id !== m.chair_user_id)
    await refuse(
      ctx,
      actor,
      action,
      target,
      'only the MDT coordinator or the meeting’s chair invites external clinicians',
    );
  return m;
}
