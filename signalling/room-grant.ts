import { ProtocolError } from './protocol-error';

/** A media request's need: being in the room at all, sending into it, or receiving from it. */
export type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

/**
 * What one person may do in one room, decided once at `room.join` and held for the session, so a
 * media request (a tile resize, a resume) costs no query; it is decided again when what the room
 * is for changes (a consultation held, transferred or ended).
 */
export interface RoomRights {
  publish: boolean;
  subscribe: boolean;
}

/** Decides a person's rights in a room by its id: their rights, or why they may not be in it. */
export type RoomAuthorizer = (roomId: string) => Promise<RoomRights | string>;

/** Throws `forbidden` unless the rights held allow the action; joining needs no more than being let in. */
export function requireRight(rights: RoomRights, action: RoomAction): void {
  if (action === 'room.publish' && !rights.publish) throw new ProtocolError('forbidden', 'you may not send media here');
  if (action === 'room.subscribe' && !rights.subscribe)
    throw new ProtocolError('forbidden', 'you may not receive media here');
}
