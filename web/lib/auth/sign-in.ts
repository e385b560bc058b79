import { AuthRoutes } from '../../../contracts/http/auth';
import { homeFor } from '../../../contracts/role-homes';
import type { Answer } from '../../../contracts/http/route';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';

/** Who the server says signed in; the tokens themselves stay in httpOnly cookies. */
export type SignedInUser = Answer<typeof AuthRoutes.login>['user'];

export type SignInResult =
  { ok: true; user: SignedInUser } | { ok: false; field?: 'username' | 'password'; message: string };

/** Checks the form before sending it, in the words the NHS design system uses for errors. */
export function validateSignIn(username: string, password: string): SignInResult | null {
  if (!username.trim()) return { ok: false, field: 'username', message: 'Enter your username' };
  if (!password) return { ok: false, field: 'password', message: 'Enter your password' };
  return null;
}

/** Signs in, answering in words the form shows: its own checks, the server's refusal, or no connection. */
export async function signIn(username: string, password: string): Promise<SignInResult> {
  const invalid = validateSignIn(username, password);
  if (invalid) return invalid;
  try {
    const body = { username, password };
    const { user } = await apiFetch(AuthRoutes.login, { body, otherwise: () => 'Sign-in failed. Try again.' });
    return { ok: true, user };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, message: err.message };
    return { ok: false, message: 'Convene could not be reached. Check your connection and try again.' };
  }
}

/** Whether a path, read as a URL against `origin`, stays on `origin` ('//host' or '/\\host' would leave it). */
function staysOn(path: string, origin: string): boolean {
  return path.startsWith('/') && path[1] !== '/' && path[1] !== '\\' && new URL(path, origin).origin === origin;
}

/**
 * Where to go after sign-in: the `next` parameter only when it is a path on this site, else `home` (the
 * signed-in role's own page, see `afterSignIn`). String checks alone are not enough: the URL parser drops
 * tabs and newlines, so '/\t/evil.example' is '//evil.example', another site. So `next` is parsed as the
 * browser will parse it, against the page's own `origin` (the form passes `window.location.origin`), and
 * kept only when it stays on that origin. The path given back is the parsed one, checked again: dot
 * segments can make one that begins with '//' (a '/.//evil.example' parses to the path '//evil.example',
 * which a browser reads as another host).
 */
export function safeNext(next: string | null, origin: string, home = '/dashboard'): string {
  try {
    const own = new URL(origin).origin;
    if (!next || !staysOn(next, own)) return home;
    const url = new URL(next, own);
    const path = url.pathname + url.search + url.hash;
    return staysOn(path, own) ? path : home;
  } catch {
    return home;
  }
}

/**
 * Where a member of staff goes once signed in: a safe `next` when the sign-in page was given one (a
 * bookmark), else their role's home, so care-home and prison staff land on their organisation's page
 * and an administrator on the administration, not on an empty list of queues.
 */
export function afterSignIn(user: SignedInUser, next: string | null, origin: string): string {
  return safeNext(next, origin, homeFor(user.role));
}
