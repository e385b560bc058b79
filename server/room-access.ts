import { parseRoomId } from '../contracts/protocol/rooms';
import type { RoomAuthorizer, RoomRights } from '../signalling/room-grant';
import type { Identity } from '../access/authorize';
import { judgeRoom, type RoomJudgement } from '../domain/kernel/room-judgement';

/** Judges one kind of room by the id of what it is the media for: each action's answer from one load. */
export type RoomJudge = (identity: Identity, id: string) => Promise<RoomJudgement>;

/** Rooms that are a consultation's media: whether someone may be in them depends on the consultation's state. */
export interface ConsultationRooms {
  roomJudgement: RoomJudge;
}

/** In only if joining is allowed; sending and receiving as judged. */
function rightsFrom(judgement: RoomJudgement): RoomRights | string {
  const refused = judgement['room.join'];
  if (refused !== null) return refused;
  return { publish: judgement['room.publish'] === null, subscribe: judgement['room.subscribe'] === null };
}

/**
 * Room rights for one signed-in identity, by the kind of room. A consultation's room asks the
 * consultation (a guest on hold is out, staff must have admitted or joined); an MDT meeting's room
 * its service's team; a practice room is allowed by `may` when the development token named it;
 * any other room id names nothing.
 */
export function roomAuthorizer(identity: Identity, consultations: ConsultationRooms, mdt: RoomJudge): RoomAuthorizer {
  return async (roomId) => {
    const ref = parseRoomId(roomId);
    if (ref?.kind === 'consultation') return rightsFrom(await consultations.roomJudgement(identity, ref.id));
    if (ref?.kind === 'mdt') return rightsFrom(await mdt(identity, ref.id));
    if (ref?.kind === 'dev') return rightsFrom(await judgeRoom(identity, { type: 'room', id: roomId }));
    return `there is no room called ${roomId}`;
  };
}
