import { may, type Identity } from '../../access/authorize';
import { consultationResource } from '../../access/resources';
import { identityFor, roomIdOf } from './access';
import type { ConsultationContext } from './context';

export type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

/**
 * Whether `identity` may use a consultation's media room now: null when allowed, else why not.
 * Access comes from the consultation alone, never from a room name in a token: the identity's
 * grants (`may`), the consultation still open, and the person in it as a participant who has not
 * left (staff who admitted or joined; a guest only while in progress, so holding or transferring
 * a guest cuts their media). Asked on every media request.
 */
export async function roomAccess(
  ctx: ConsultationContext,
  identity: Identity,
  consultationId: string,
  action: RoomAction,
): Promise<string | null> {
  const resource = await consultationResource(ctx.db, consultationId);
  if (!resource) return 'there is no such consultation';
  const judged = await identityFor(ctx.db, identity, resource.id);
  const decision = may(judged, action, { type: 'room', id: roomIdOf(resource.id), of: resource });
  if (!decision.allowed) return decision.reason;
  const { status } = await ctx.db
    .selectFrom('consultations')
    .select('status')
    .where('id', '=', resource.id)
    .executeTakeFirstOrThrow();
  if (status === 'ended' || status === 'transferred') return 'this consultation has ended';
  const guest = identity.role === 'guest';
  if (guest && status !== 'in_progress')
    return status === 'on_hold' ? 'you are on hold in the waiting area' : 'you are waiting to be admitted';
  if (!guest && status === 'waiting') return 'nobody has been admitted to this consultation yet';
  const inCall = await ctx.db
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', resource.id)
    .where(guest ? 'guest_id' : 'user_id', '=', identity.id)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return inCall ? null : 'you have not joined this consultation';
}
