import { z } from 'zod';
import { RoomId } from '../protocol/methods/room';
import { DEV_ROOM_PREFIX } from '../protocol/rooms';
import type { HttpRoute } from './route';
import { NoBody } from './shapes';

/** A practice room (`dev-…`) and the name to show there. */
export const DevTokenQuery = z.object({
  room: RoomId.refine((r) => r.startsWith(DEV_ROOM_PREFIX), `development rooms are named ${DEV_ROOM_PREFIX}…`),
  name: z.string().trim().min(1).max(80),
});

/** Development only (CONVENE_DEV_TOKENS): a guest token for a practice room, before anyone is set up. */
export const DevRoutes = {
  token: {
    method: 'GET',
    path: '/api/dev/token',
    query: DevTokenQuery,
    request: NoBody,
    response: z.object({ token: z.string().min(1) }),
  },
} as const satisfies Record<string, HttpRoute>;
