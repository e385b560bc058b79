import type { RoomAuthorizer } from '../signalling/room-session';
import { may, type Identity } from './identity/authorize';

/** Rooms that are a consultation's media: whether someone may be in them depends on the consultation's state. */
export interface ConsultationRooms {
  roomAccess(
    identity: Identity,
    roomId: string,
    action: 'room.join' | 'room.publish' | 'room.subscribe',
  ): Promise<string | null>;
}

export const CONSULTATION_ROOM_PREFIX = 'consult-';

/**
 * Room rights for one signed-in identity: a consultation's room asks the consultation (a guest on
 * hold is out); any other room is decided by `may` (e.g. a room named in the token).
 */
export function roomAuthorizer(identity: Identity, consultations?: ConsultationRooms): RoomAuthorizer {
  return async (action, roomId) => {
    if (consultations && roomId.startsWith(CONSULTATION_ROOM_PREFIX))
      return consultations.roomAccess(identity, roomId, action);
    const decision = may(identity, action, { type: 'room', id: roomId });
    return decision.allowed ? null : decision.reason;
  };
}
