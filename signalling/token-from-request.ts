import type { IncomingMessage } from 'node:http';

export const ACCESS_COOKIE = 'convene_access';

/**
 * Where a connecting client may put its access token: an Authorization header (programs),
 * the session cookie (the web app, same origin) or an `access_token` query parameter
 * (guests' links, and browsers that cannot set headers on a WebSocket).
 */
export function tokenFromRequest(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === ACCESS_COOKIE && rest.length) return decodeURIComponent(rest.join('='));
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  return url.searchParams.get('access_token') ?? undefined;
}
