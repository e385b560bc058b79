import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { DevRoutes } from '../contracts/http/dev';
import type { TokenService } from '../identity/tokens';
import { sendError, sendJson } from './http/http-json';

/** Where the development token is served: the contract's path, so browser and server cannot disagree. */
export const DEV_TOKEN_PATH = DevRoutes.token.path;

/**
 * Development only, and only when CONVENE_DEV_TOKENS is set: a guest token for one `dev-` room,
 * so calls can be tried before anyone is set up. It names no consultation, service or role
 * beyond guest, so it opens nothing but an empty practice room.
 */
export function serveDevToken(req: IncomingMessage, res: ServerResponse, tokens: TokenService, enabled: boolean): void {
  if (!enabled) return sendError(res, 404, 'not_found', 'development tokens are not enabled');
  if (req.method !== 'GET') return sendError(res, 405, 'method_not_allowed', 'use GET');
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = DevRoutes.token.query.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return sendError(res, 400, 'bad_request', z.prettifyError(query.error));
  const { room, name } = query.data;
  const token = tokens.issueAccess({ sub: `dev-${randomUUID()}`, role: 'guest', name, rooms: [room] }, 60 * 60);
  sendJson(res, 200, { token });
}
