import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { DEV_ROOM_PREFIX } from '../contracts/protocol/rooms';
import { RoomId } from '../contracts/protocol/methods';
import type { TokenService } from '../identity/tokens';

export const DEV_TOKEN_PATH = '/api/dev/token';

const Query = z.object({
  room: RoomId.refine((r) => r.startsWith(DEV_ROOM_PREFIX), `development rooms are named ${DEV_ROOM_PREFIX}…`),
  name: z.string().trim().min(1).max(80),
});

/**
 * Development only, and only when CONVENE_DEV_TOKENS is set: a guest token for one `dev-` room,
 * so calls can be tried before anyone is set up. It names no consultation, service or role
 * beyond guest, so it opens nothing but an empty practice room.
 */
export function serveDevToken(req: IncomingMessage, res: ServerResponse, tokens: TokenService, enabled: boolean): void {
  const json = (status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (!enabled) return json(404, { error: { code: 'not_found', message: 'development tokens are not enabled' } });
  if (req.method !== 'GET') return json(405, { error: { code: 'method_not_allowed', message: 'use GET' } });
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = Query.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return json(400, { error: { code: 'bad_request', message: z.prettifyError(query.error) } });
  const { room, name } = query.data;
  const token = tokens.issueAccess({ sub: `dev-${randomUUID()}`, role: 'guest', name, rooms: [room] }, 60 * 60);
  json(200, { token });
}
