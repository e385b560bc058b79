import type { RoomAuthorizer } from '../signalling/room-session';
import type { AccessClaims } from './identity/tokens';

/** A token names the rooms it grants; any other room is refused, whatever the role. */
export function roomAuthorizer(claims: AccessClaims): RoomAuthorizer {
  return (_identity, _action, roomId) =>
    claims.rooms?.includes(roomId) ? null : `this sign-in does not give access to room ${roomId}`;
}
