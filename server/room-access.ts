import { parseRoomId } from '../contracts/protocol/rooms';
import type { RoomAuthorizer } from '../signalling/room-session';
import { may, type Identity } from '../access/authorize';

/** Rooms that are a consultation's media: whether someone may be in them depends on the consultation's state. */
export interface ConsultationRooms {
  roomAccess(
    identity: Identity,
    consultationId: string,
    action: 'room.join' | 'room.publish' | 'room.subscribe',
  ): Promise<string | null>;
}

/**
 * Room rights for one signed-in identity. A consultation's room asks the consultation (a guest on
 * hold is out, staff must have admitted or joined); a practice room is allowed by `may` when the
 * development token named it; any other room id names nothing and is refused.
 */
export function roomAuthorizer(identity: Identity, consultations: ConsultationRooms): RoomAuthorizer {
  return async (action, roomId) => {
    const ref = parseRoomId(roomId);
    if (ref?.kind === 'consultation') return consultations.roomAccess(identity, ref.id, action);
    if (ref?.kind === 'dev') {
      const decision = may(identity, action, { type: 'room', id: roomId });
      return decision.allowed ? null : decision.reason;
    }
    return `there is no room called ${roomId}`;
  };
}
