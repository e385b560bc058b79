import type { Actor } from '../../kernel/context';
import { authoriseMeeting } from '../mdt-access';
import type { MdtLiveContext } from './live-context';
import { readLiveState, type LiveState } from './live-state';

/**
 * Someone on the meeting's team, or the external clinician its link is for, opens it: told where the
 * panel is now (so a late joiner lands on the current case) and who is in the call. Refused, and
 * audited, for anyone else.
 */
export async function followMeeting(ctx: MdtLiveContext, actor: Actor, meetingId: string): Promise<LiveState> {
  const meeting = await authoriseMeeting(ctx, actor, 'mdt.live.follow', meetingId);
  return readLiveState(ctx.db, meeting.id);
}
