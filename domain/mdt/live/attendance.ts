import type { Identity } from '../../../access/authorize';
import { auditActor } from '../../kernel/context';
import { externalInCall } from './external-attendance';
import type { MdtLiveContext } from './live-context';
import { readLiveState } from './live-state';

/**
 * Someone entered the meeting's call. Called by the signalling layer once the room has let them in
 * (the room's own judgement is the authorisation), so attendance is what happened in the call,
 * never typed in. A guest is not on the MDT's team: an external clinician's stay is kept apart.
 */
export async function attendanceJoined(ctx: MdtLiveContext, identity: Identity, meetingId: string): Promise<void> {
  if (identity.role === 'guest') return externalInCall(ctx, identity, meetingId, 'joined');
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('mdt_attendance')
      .values({ meeting_id: meetingId, user_id: identity.id, joined_at: at })
      .execute();
    await ctx.audit(trx, {
      actor: auditActor({ identity, name: identity.id }),
      action: 'mdt.meeting.joined',
      resource: { type: 'mdt_meeting', id: meetingId },
      ip: null,
      details: {},
    });
  });
  ctx.events.emit('live', await readLiveState(ctx.db, meetingId));
}

/** Someone's stay in the meeting's call ended (they left, or their connection closed). */
export async function attendanceLeft(ctx: MdtLiveContext, identity: Identity, meetingId: string): Promise<void> {
  if (identity.role === 'guest') return externalInCall(ctx, identity, meetingId, 'left');
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // One stay per connection: closing a second tab's stay leaves the first one's open.
    const stay = await trx
      .selectFrom('mdt_attendance')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('user_id', '=', identity.id)
      .where('left_at', 'is', null)
      .orderBy('joined_at', 'desc')
      .executeTakeFirst();
    if (stay) await trx.updateTable('mdt_attendance').set({ left_at: at }).where('id', '=', stay.id).execute();
    await ctx.audit(trx, {
      actor: auditActor({ identity, name: identity.id }),
      action: 'mdt.meeting.left',
      resource: { type: 'mdt_meeting', id: meetingId },
      ip: null,
      details: {},
    });
  });
  ctx.events.emit('live', await readLiveState(ctx.db, meetingId));
}
