import type { IncomingMessage } from 'node:http';
import { ACCESS_COOKIE } from '../../signalling/token-from-request';
import { identityFromClaims, type Identity } from '../../access/authorize';
import type { LiveGrants } from '../../identity/live-grants';
import { TokenError, type AccessClaims, type TokenService } from '../../identity/tokens';
import { HttpError, readCookie } from './http-json';

export interface Caller {
  claims: AccessClaims;
  identity: Identity;
}

/**
 * The caller of an API request, from a bearer token or the access cookie (the web app). A token
 * is honoured only while what it rests on stands (a staff sign-in, a guest's invite and
 * consultation), so signing out or withdrawing a link takes effect at once here.
 */
export async function authenticate(req: IncomingMessage, tokens: TokenService, grants: LiveGrants): Promise<Caller> {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : readCookie(req, ACCESS_COOKIE);
  let claims: AccessClaims;
  try {
    claims = tokens.verifyAccess(token);
  } catch (err) {
    const code = err instanceof TokenError ? err.code : 'invalid';
    throw new HttpError(401, code === 'missing' ? 'unauthenticated' : code, (err as Error).message);
  }
  const refusal = await grants.refusal(claims);
  if (refusal) throw new HttpError(401, 'revoked', refusal);
  return { claims, identity: identityFromClaims(claims) };
}
