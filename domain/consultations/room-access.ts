import { may, type Identity } from '../../server/identity/authorize';
import { consultationResource } from '../../server/identity/resources';
import { identityFor, ROOM_PREFIX } from './access';
import type { DomainContext } from './context';

export type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `identity` may use a consultation's media room now: null when allowed, else why not.
 * Staff as `may` says while the consultation is open; a guest only while it is in progress and
 * they are in it, so holding or transferring a guest cuts their media (asked on every request).
 */
export async function roomAccess(
  ctx: DomainContext,
  identity: Identity,
  roomId: string,
  action: RoomAction,
): Promise<string | null> {
  const id = roomId.startsWith(ROOM_PREFIX) ? roomId.slice(ROOM_PREFIX.length) : '';
  if (!UUID.test(id)) return `${roomId} is not a consultation room`;
  const resource = await consultationResource(ctx.db, id.toLowerCase());
  if (!resource) return 'there is no such consultation';
  const judged = await identityFor(ctx.db, identity, resource.id);
  const decision = may(judged, action, { type: 'room', id: roomId, of: resource });
  if (!decision.allowed) return decision.reason;
  const { status } = await ctx.db
    .selectFrom('consultations')
    .select('status')
    .where('id', '=', resource.id)
    .executeTakeFirstOrThrow();
  if (status === 'ended' || status === 'transferred') return 'this consultation has ended';
  if (identity.role !== 'guest') return null;
  if (status !== 'in_progress')
    return status === 'on_hold' ? 'you are on hold in the waiting area' : 'you are waiting to be admitted';
  const inCall = await ctx.db
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', resource.id)
    .where('guest_id', '=', identity.id)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return inCall ? null : 'you have not joined this consultation';
}
