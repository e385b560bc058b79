import { isUuid } from '../ids';

/**
 * What a room id says it is for, parsed and formatted only here and shared by server and browser,
 * so that nobody guesses from a string: a consultation's media room, a practice room (development
 * only), an MDT meeting's room, or nothing Convene serves.
 */
const PREFIX = { consultation: 'consult-', mdt: 'mdt-', dev: 'dev-' } as const;
export const DEV_ROOM_PREFIX = PREFIX.dev;

export type RoomRef = { kind: 'consultation' | 'mdt'; id: string } | { kind: 'dev'; id: string };

/** The room id for a room: `consult-<uuid>`, `mdt-<uuid>`, or a practice room's own `dev-…` name. */
export function formatRoomId(ref: RoomRef): string {
  return ref.kind === 'dev' ? ref.id : `${PREFIX[ref.kind]}${ref.id}`;
}

/** The room a room id names, or null when it names none Convene serves. */
export function parseRoomId(roomId: string): RoomRef | null {
  for (const kind of ['consultation', 'mdt'] as const) {
    if (!roomId.startsWith(PREFIX[kind])) continue;
    const id = roomId.slice(PREFIX[kind].length);
    return isUuid(id) ? { kind, id: id.toLowerCase() } : null;
  }
  if (roomId.startsWith(PREFIX.dev) && roomId.length > PREFIX.dev.length) return { kind: 'dev', id: roomId };
  return null;
}
