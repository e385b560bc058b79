import { AuthRoutes } from '../../contracts/http/auth';
import type { AnswerSent } from '../../contracts/http/route';
import { ACCESS_COOKIE } from '../../signalling/token-from-request';
import { appendAudit } from '../../audit/audit-log';
import { IdentityError, type IdentityErrorCode } from '../../identity/identity-error';
import { login } from '../../identity/login';
import { endSession, refreshSession, SESSION_HOURS, type Access } from '../../identity/sessions';
import type { SignInAttempt } from '../../identity/sign-in-throttle';
import { authenticate } from './authenticate';
import { cookie, readCookie, serve } from './http-json';
import type { Route, RouteContext } from './route';

export const SESSION_COOKIE = 'convene_session';
// The session cookie goes only to the endpoints that use it; the access cookie to everything.
const SESSION_PATH = '/api/auth';

function accessCookie(ctx: RouteContext, access: Access): string {
  const maxAgeSeconds = (access.accessExpiresAt.getTime() - Date.now()) / 1000;
  return cookie(ACCESS_COOKIE, access.accessToken, { path: '/', maxAgeSeconds, secure: ctx.deps.secureCookies });
}

function clearCookies(ctx: RouteContext): string[] {
  const secure = ctx.deps.secureCookies;
  return [
    cookie(SESSION_COOKIE, '', { path: SESSION_PATH, maxAgeSeconds: 0, secure }),
    cookie(ACCESS_COOKIE, '', { path: '/', maxAgeSeconds: 0, secure }),
  ];
}

const signedIn = (a: Access): AnswerSent<typeof AuthRoutes.login> => ({
  user: a.user,
  accessToken: a.accessToken,
  accessExpiresAt: a.accessExpiresAt,
});

/**
 * A sign-in counted against its address before the password is checked, so that guesses sent at
 * once cannot all get through; refused up front (and audited) while the address has failed too often.
 */
async function throttled<T>(ctx: RouteContext, ip: string | null, signIn: () => Promise<T>): Promise<T> {
  const { db, signInThrottle: throttle } = ctx.deps;
  let attempt: SignInAttempt;
  try {
    attempt = await throttle.reserve(db, ip);
  } catch (err) {
    if (err instanceof IdentityError && err.code === 'throttled') {
      await appendAudit(db, { action: 'auth.login_throttled', ip, details: { limit: throttle.limit } });
    }
    throw err;
  }
  let failed = true;
  try {
    const signedIn = await signIn();
    failed = false;
    return signedIn;
  } catch (err) {
    failed = err instanceof IdentityError && FAILED.has(err.code);
    throw err;
  } finally {
    if (!failed) await throttle.forgive(db, attempt);
  }
}
const FAILED = new Set<IdentityErrorCode>(['wrong_password', 'locked', 'disabled']);

export const authRoutes: Route[] = [
  serve(AuthRoutes.login, async (ctx, { read, reply }) => {
    const credentials = await read();
    const where = { ip: ctx.ip, userAgent: ctx.req.headers['user-agent'] ?? null };
    const access = await throttled(ctx, where.ip, () => login(ctx.deps, credentials, where));
    const session = cookie(SESSION_COOKIE, access.session.cookie, {
      path: SESSION_PATH,
      maxAgeSeconds: SESSION_HOURS * 3600,
      secure: ctx.deps.secureCookies,
    });
    reply(200, signedIn(access), [session, accessCookie(ctx, access)]);
  }),
  serve(AuthRoutes.refresh, async (ctx, { read, reply }) => {
    await read();
    const access = await refreshSession(ctx.deps, readCookie(ctx.req, SESSION_COOKIE));
    reply(200, signedIn(access), [accessCookie(ctx, access)]);
  }),
  serve(AuthRoutes.logout, async (ctx, { read, reply }) => {
    await read();
    const where = { ip: ctx.ip };
    const ended = await endSession(ctx.deps, readCookie(ctx.req, SESSION_COOKIE), where).catch(() => undefined);
    // Open sockets of this sign-in are closed now, not when their token would have expired.
    if (ended) ctx.deps.grants.ended({ sessionId: ended, why: 'signed_out' });
    reply(200, { signedOut: true }, clearCookies(ctx));
  }),
  serve(AuthRoutes.me, async (ctx, { reply }) => {
    const { claims } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
    reply(200, {
      id: claims.sub,
      name: claims.name,
      role: claims.role,
      organisationId: claims.org ?? null,
      serviceIds: claims.services ?? [],
      scope: claims.scope ?? null,
      rooms: claims.rooms ?? [],
      accessExpiresAt: new Date(claims.exp * 1000),
    });
  }),
];
