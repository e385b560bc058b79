import { parseRoomId } from '../contracts/protocol/rooms';
import type { RoomAuthorizer, RoomRights } from '../signalling/room-grant';
import { may, type Identity } from '../access/authorize';

type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

/** Judges one kind of room by the id of what it is the media for: null when allowed, else why not. */
export type RoomAccess = (identity: Identity, id: string, action: RoomAction) => Promise<string | null>;

/** Rooms that are a consultation's media: whether someone may be in them depends on the consultation's state. */
export interface ConsultationRooms {
  roomAccess: RoomAccess;
}

/** Rights from a judge of single actions: in only if joining is allowed; sending and receiving as judged. */
async function rightsFrom(judge: (action: RoomAction) => Promise<string | null>): Promise<RoomRights | string> {
  const refused = await judge('room.join');
  if (refused) return refused;
  const [publish, subscribe] = await Promise.all([judge('room.publish'), judge('room.subscribe')]);
  return { publish: publish === null, subscribe: subscribe === null };
}

/**
 * Room rights for one signed-in identity, by the kind of room. A consultation's room asks the
 * consultation (a guest on hold is out, staff must have admitted or joined); an MDT meeting's room
 * its service's team; a practice room is
 * allowed by `may` when the development token named it; any other room id names nothing.
 */
export function roomAuthorizer(identity: Identity, consultations: ConsultationRooms, mdt: RoomAccess): RoomAuthorizer {
  return async (roomId) => {
    const ref = parseRoomId(roomId);
    if (ref?.kind === 'consultation') return rightsFrom((action) => consultations.roomAccess(identity, ref.id, action));
    if (ref?.kind === 'mdt') return rightsFrom((action) => mdt(identity, ref.id, action));
    if (ref?.kind === 'dev') {
      return rightsFrom(async (action) => {
        const decision = may(identity, action, { type: 'room', id: roomId });
        return decision.allowed ? null : decision.reason;
      });
    }
    return `there is no room called ${roomId}`;
  };
}
