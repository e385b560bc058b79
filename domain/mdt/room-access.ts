import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Identity } from '../../access/authorize';
import { formatRoomId } from '../../contracts/protocol/rooms';
import { isUuid } from '../../contracts/ids';
import { judgeRoom, refusedThroughout, type RoomJudgement } from '../kernel/room-judgement';

/**
 * What `identity` may do in an MDT meeting's media room. The panel is the meeting's service team
 * (`may` on the meeting); nobody else is let in by naming it.
 */
export async function mdtRoomJudgement(
  db: Kysely<Database>,
  identity: Identity,
  meetingId: string,
): Promise<RoomJudgement> {
  const meeting = isUuid(meetingId)
    ? await db.selectFrom('mdt_meetings').select(['id', 'service_id']).where('id', '=', meetingId).executeTakeFirst()
    : undefined;
  if (!meeting) return refusedThroughout('there is no such MDT meeting');
  const of = { type: 'mdt_meeting' as const, id: meeting.id, serviceId: meeting.service_id };
  return judgeRoom(identity, { type: 'room', id: formatRoomId({ kind: 'mdt', id: meeting.id }), of });
}
