import { isUuid } from '../ids';

/**
 * What a room id says it is for, parsed and formatted only here and shared by server and browser,
 * so that nobody guesses from a string: a consultation's media room, a practice room (development
 * only), or nothing Convene serves. An MDT meeting's room will be one more kind.
 */
const PREFIX = { consultation: 'consult-', dev: 'dev-' } as const;
export const DEV_ROOM_PREFIX = PREFIX.dev;

export type RoomRef = { kind: 'consultation'; id: string } | { kind: 'dev'; id: string };

/** The room id for a room: `consult-<uuid>`, or a practice room's own `dev-…` name. */
export function formatRoomId(ref: RoomRef): string {
  return ref.kind === 'consultation' ? `${PREFIX.consultation}${ref.id}` : ref.id;
}

/** The room a room id names, or null when it names none Convene serves. */
export function parseRoomId(roomId: string): RoomRef | null {
  if (roomId.startsWith(PREFIX.consultation)) {
    const id = roomId.slice(PREFIX.consultation.length);
    return isUuid(id) ? { kind: 'consultation', id: id.toLowerCase() } : null;
  }
  if (roomId.startsWith(PREFIX.dev) && roomId.length > PREFIX.dev.length) return { kind: 'dev', id: roomId };
  return null;
}
