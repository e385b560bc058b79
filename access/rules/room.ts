import { DEV_ROOM_PREFIX } from '../../contracts/protocol/rooms';
import { ALLOW, deny, memberOf, SERVICE_STAFF, type Decision } from '../decision';
import type { Identity } from '../identity';
import { onConsultation, type ConsultationResource } from './consultation';
import { onMdt, type MdtResource } from './mdt';

/** A media room as `may` sees it: rights over what it is the media for carry over to it. */
export interface RoomResource {
  type: 'room';
  id: string;
  /** What the room is the media for, when known; rights over it carry over to the room. */
  of?: ConsultationResource | MdtResource | undefined;
}

/** Whether the identity may be in this room: by the consultation or MDT behind it (its team, or its external clinician), or a practice grant. */
export function onRoom(identity: Identity, room: RoomResource): Decision {
  // A room named in a token is trusted only for a practice room that is the media of nothing.
  if (!room.of && room.id.startsWith(DEV_ROOM_PREFIX) && identity.rooms?.includes(room.id)) return ALLOW;
  if (room.of?.type === 'consultation') return onConsultation(identity, room.of);
  if (room.of && SERVICE_STAFF.has(identity.role)) return memberOf(identity, room.of.serviceId);
  // An external clinician: only the call of the one meeting their link is for.
  if (room.of && identity.role === 'guest') return onMdt(identity, room.of);
  return deny(`this sign-in does not give access to room ${room.id}`);
}
