import type { Identity } from '../../../access/authorize';
import { auditActor } from '../../kernel/context';
import type { MdtLiveContext } from './live-context';
import { readLiveState } from './live-state';

/** The meeting's external link this guest came by, or undefined for any other guest. */
async function externalLinkOf(ctx: MdtLiveContext, identity: Identity, meetingId: string) {
  const jti = identity.inviteId;
  if (!jti || identity.scope?.kind !== 'mdt_meeting' || identity.scope.id !== meetingId) return undefined;
  return ctx.db
    .selectFrom('mdt_external_invites')
    .select('jti')
    .where('jti', '=', jti)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

/**
 * An external clinician entered or left the meeting's call: their stay is recorded against their
 * link (so with the name and role the coordinator gave), audited, and every panel told. Like staff
 * attendance, called once the room itself has let them in, so it is what happened in the call.
 */
export async function externalInCall(
  ctx: MdtLiveContext,
  identity: Identity,
  meetingId: string,
  move: 'joined' | 'left',
): Promise<void> {
  const link = await externalLinkOf(ctx, identity, meetingId);
  if (!link) return;
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (move === 'joined') {
      await trx
        .insertInto('mdt_external_attendance')
        .values({ meeting_id: meetingId, invite_jti: link.jti, joined_at: at })
        .execute();
    } else {
      const stay = await trx
        .selectFrom('mdt_external_attendance')
        .select('id')
        .where('invite_jti', '=', link.jti)
        .where('left_at', 'is', null)
        .orderBy('joined_at', 'desc')
        .executeTakeFirst();
      if (stay)
        await trx.updateTable('mdt_external_attendance').set({ left_at: at }).where('id', '=', stay.id).execute();
    }
    await ctx.audit(trx, {
      actor: auditActor({ identity, name: identity.id }),
      action: `mdt.meeting.${move}`,
      resource: { type: 'mdt_meeting', id: meetingId },
      ip: null,
      details: { external: true, invite: link.jti },
    });
  });
  ctx.events.emit('live', await readLiveState(ctx.db, meetingId));
}
