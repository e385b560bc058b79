import type { IncomingMessage } from 'node:http';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { ACCESS_COOKIE } from '../../signalling/token-from-request';
import { identityFromClaims, type Identity } from '../identity/authorize';
import { sessionIsLive } from '../identity/sessions';
import { TokenError, type AccessClaims, type TokenService } from '../identity/tokens';
import { HttpError, readCookie } from './http-json';

export interface Caller {
  claims: AccessClaims;
  identity: Identity;
}

/**
 * The caller of an API request, from a bearer token or the access cookie (the web app). A staff
 * token is honoured only while its session stands, so signing out takes effect at once here.
 */
export async function authenticate(req: IncomingMessage, tokens: TokenService, db: Kysely<Database>): Promise<Caller> {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : readCookie(req, ACCESS_COOKIE);
  let claims: AccessClaims;
  try {
    claims = tokens.verifyAccess(token);
  } catch (err) {
    const code = err instanceof TokenError ? err.code : 'invalid';
    throw new HttpError(401, code === 'missing' ? 'unauthenticated' : code, (err as Error).message);
  }
  if (claims.sid && !(await sessionIsLive(db, claims.sid))) {
    throw new HttpError(401, 'revoked', 'this sign-in has ended; please sign in again');
  }
  return { claims, identity: identityFromClaims(claims) };
}
