import type { Identity } from '../../access/authorize';
import { consultationResource } from '../../access/resources';
import { judgeRoom, refusedThroughout, type RoomAction, type RoomJudgement } from '../kernel/room-judgement';
import { identityFor, roomIdOf } from './access';
import type { ConsultationContext } from './context';

export type { RoomAction } from '../kernel/room-judgement';

/** Why the consultation's state keeps this person out of its room now, or null when it lets them in. */
async function refusedByState(ctx: ConsultationContext, identity: Identity, consultationId: string) {
  const { status } = await ctx.db
    .selectFrom('consultations')
    .select('status')
    .where('id', '=', consultationId)
    .executeTakeFirstOrThrow();
  if (status === 'ended' || status === 'transferred') return 'this consultation has ended';
  const guest = identity.role === 'guest';
  if (guest && status !== 'in_progress')
    return status === 'on_hold' ? 'you are on hold in the waiting area' : 'you are waiting to be admitted';
  if (!guest && status === 'waiting') return 'nobody has been admitted to this consultation yet';
  const inCall = await ctx.db
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .where(guest ? 'guest_id' : 'user_id', '=', identity.id)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return inCall ? null : 'you have not joined this consultation';
}

/**
 * What `identity` may do in a consultation's media room now, each action judged from one load.
 * Access comes from the consultation alone, never from a room name in a token: the identity's
 * grants (`may`), the consultation still open, and the person in it as a participant who has not
 * left (staff who admitted or joined; a guest only while in progress, so holding or transferring
 * a guest cuts their media).
 */
export async function roomJudgement(
  ctx: ConsultationContext,
  identity: Identity,
  consultationId: string,
): Promise<RoomJudgement> {
  const resource = await consultationResource(ctx.db, consultationId);
  if (!resource) return refusedThroughout('there is no such consultation');
  const judged = await identityFor(ctx.db, identity, resource.id);
  const room = { type: 'room' as const, id: roomIdOf(resource.id), of: resource };
  return judgeRoom(judged, room, () => refusedByState(ctx, identity, resource.id));
}

/** One action's answer (null when allowed, else why not), for callers that ask about one thing. */
export async function roomAccess(
  ctx: ConsultationContext,
  identity: Identity,
  consultationId: string,
  action: RoomAction,
): Promise<string | null> {
  return (await roomJudgement(ctx, identity, consultationId))[action];
}
