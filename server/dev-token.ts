import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { RoomId } from '../signalling/protocol/methods';
import { ROLES, type TokenService } from './identity/tokens';

export const DEV_TOKEN_PATH = '/api/dev/token';

const Query = z.object({
  room: RoomId,
  name: z.string().trim().min(1).max(80),
  role: z.enum(ROLES).default('clinician'),
});

/**
 * Development only: a token for one room without an account, so calls can be tried before
 * anyone is set up. Never served in production.
 */
export function serveDevToken(
  req: IncomingMessage,
  res: ServerResponse,
  tokens: TokenService,
  production: boolean,
): void {
  const json = (status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (production)
    return json(404, { error: { code: 'not_found', message: 'development tokens are disabled in production' } });
  if (req.method !== 'GET') return json(405, { error: { code: 'method_not_allowed', message: 'use GET' } });
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = Query.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return json(400, { error: { code: 'bad_request', message: z.prettifyError(query.error) } });
  const { room, name, role } = query.data;
  const token = tokens.issueAccess({ sub: `dev-${randomUUID()}`, role, name, rooms: [room] }, 60 * 60);
  json(200, { token });
}
