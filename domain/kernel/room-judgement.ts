import { may, type Identity, type RoomResource } from '../../access/authorize';

/** What can be done in a media room: be in it, send into it, receive from it. */
export type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

/** Each room action's answer for one person: null when allowed, else why not. */
export type RoomJudgement = Record<RoomAction, string | null>;

const ACTIONS: readonly RoomAction[] = ['room.join', 'room.publish', 'room.subscribe'];

/** The same refusal for every action: there is nothing to be in, or the person may not be in it now. */
export const refusedThroughout = (reason: string): RoomJudgement => ({
  'room.join': reason,
  'room.publish': reason,
  'room.subscribe': reason,
});

/**
 * All three actions judged at once from what was loaded once: the grants (`may`, no queries) and
 * then whatever the room's owner says of the state it is in now (held, ended, not joined). Asking
 * per action would load the same rows three times at every join.
 */
export function judgeRoom(identity: Identity, room: RoomResource, refusedNow: string | null): RoomJudgement {
  const judgement = refusedThroughout('');
  for (const action of ACTIONS) {
    const decision = may(identity, action, room);
    judgement[action] = decision.allowed ? refusedNow : decision.reason;
  }
  return judgement;
}
