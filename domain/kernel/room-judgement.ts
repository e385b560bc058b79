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
 * All three actions judged at once: the grants first (`may`, no queries), and only when one of them
 * lets the person in, whatever the room's owner says of the state it is in now (held, ended, not
 * joined), asked once. Asking per action would load the same rows three times at every join; asking
 * the owner for someone the grants already refuse would look up ids that name nobody.
 */
export async function judgeRoom(
  identity: Identity,
  room: RoomResource,
  refusedNow: () => Promise<string | null> = () => Promise.resolve(null),
): Promise<RoomJudgement> {
  const decisions = ACTIONS.map((action) => [action, may(identity, action, room)] as const);
  const state = decisions.some(([, d]) => d.allowed) ? await refusedNow() : null;
  const judgement = refusedThroughout('');
  for (const [action, decision] of decisions) judgement[action] = decision.allowed ? state : decision.reason;
  return judgement;
}
