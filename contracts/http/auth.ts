import { z } from 'zod';
import { Empty } from '../protocol/methods/room';
import type { HttpRoute } from './route';
import { Instant, NoBody, Role, ScopeRef, StaffRole } from './shapes';

/**
 * The longest password there is: one character more is still read (so that it is refused as
 * wrong, like any other), anything longer is not a sign-in form's.
 */
export const MAX_PASSWORD_LENGTH = 256;

/** The sign-in form: a malformed one is refused 400, before any password is checked. */
export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z
    .string()
    .min(1)
    .max(MAX_PASSWORD_LENGTH + 1),
});

/** Who signed in, as the server tells the page; the tokens themselves also go in httpOnly cookies. */
export const StaffSummary = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: StaffRole,
  organisationId: z.string(),
  serviceIds: z.array(z.string()),
});

/** A sign-in or a refresh: who, and a fresh access token. */
export const SignedIn = z.object({ user: StaffSummary, accessToken: z.string(), accessExpiresAt: Instant });

/** Who a token is: staff name their services, guests their invite's scope, practice tokens their rooms. */
export const Me = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  organisationId: z.string().nullable(),
  serviceIds: z.array(z.string()),
  scope: ScopeRef.nullable(),
  rooms: z.array(z.string()),
  accessExpiresAt: Instant,
});

/** Sign-in, the session behind it, and who a token is. */
export const AuthRoutes = {
  login: { method: 'POST', path: '/api/auth/login', request: LoginBody, response: SignedIn },
  refresh: { method: 'POST', path: '/api/auth/refresh', request: Empty, response: SignedIn },
  logout: {
    method: 'POST',
    path: '/api/auth/logout',
    request: Empty,
    response: z.object({ signedOut: z.literal(true) }),
  },
  me: { method: 'GET', path: '/api/me', request: NoBody, response: Me },
} as const satisfies Record<string, HttpRoute>;
