/**
 * What a room id says it is for. Shared by server and browser so that neither guesses from a
 * string: a consultation's media room, a practice room (development only), or nothing we serve.
 */
export const CONSULTATION_ROOM_PREFIX = 'consult-';
export const DEV_ROOM_PREFIX = 'dev-';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RoomRef = { kind: 'consultation'; consultationId: string } | { kind: 'dev'; name: string };

/** The room a room id names, or null when it names none Convene serves. */
export function parseRoomId(roomId: string): RoomRef | null {
  if (roomId.startsWith(CONSULTATION_ROOM_PREFIX)) {
    const id = roomId.slice(CONSULTATION_ROOM_PREFIX.length);
    return UUID.test(id) ? { kind: 'consultation', consultationId: id.toLowerCase() } : null;
  }
  if (roomId.startsWith(DEV_ROOM_PREFIX) && roomId.length > DEV_ROOM_PREFIX.length)
    return { kind: 'dev', name: roomId };
  return null;
}
