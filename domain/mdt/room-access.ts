import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { may, type Identity } from '../../access/authorize';
import { formatRoomId } from '../../contracts/protocol/rooms';
import { isUuid } from '../../contracts/ids';

type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

/**
 * Whether `identity` may use an MDT meeting's media room: null when allowed, else why not. The
 * panel is the meeting's service team (`may` on the meeting); nobody else is let in by naming it.
 */
export async function mdtRoomAccess(
  db: Kysely<Database>,
  identity: Identity,
  meetingId: string,
  action: RoomAction,
): Promise<string | null> {
  const meeting = isUuid(meetingId)
    ? await db.selectFrom('mdt_meetings').select(['id', 'service_id']).where('id', '=', meetingId).executeTakeFirst()
    : undefined;
  if (!meeting) return 'there is no such MDT meeting';
  const of = { type: 'mdt_meeting' as const, id: meeting.id, serviceId: meeting.service_id };
  const decision = may(identity, action, { type: 'room', id: formatRoomId({ kind: 'mdt', id: meeting.id }), of });
  return decision.allowed ? null : decision.reason;
}
