/** Who the server says signed in; the tokens themselves stay in httpOnly cookies. */
export interface SignedInUser {
  id: string;
  username: string;
  name: string;
  role: string;
}

export type SignInResult =
  { ok: true; user: SignedInUser } | { ok: false; field?: 'username' | 'password'; message: string };

/** Checks the form before sending it, in the words the NHS design system uses for errors. */
export function validateSignIn(username: string, password: string): SignInResult | null {
  if (!username.trim()) return { ok: false, field: 'username', message: 'Enter your username' };
  if (!password) return { ok: false, field: 'password', message: 'Enter your password' };
  return null;
}

export async function signIn(username: string, password: string): Promise<SignInResult> {
  const invalid = validateSignIn(username, password);
  if (invalid) return invalid;
  let res: Response;
  try {
    res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, message: 'Convene could not be reached. Check your connection and try again.' };
  }
  const body = (await res.json().catch(() => ({}))) as { user?: SignedInUser; error?: { message?: string } };
  if (res.ok && body.user) return { ok: true, user: body.user };
  return { ok: false, message: body.error?.message ?? 'Sign-in failed. Try again.' };
}

/** Only a path on this site: a `next` parameter must not send anyone elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/dashboard';
}
