import type { SignallingClient } from '../../../contracts/client/signalling-client';
import { AuthRoutes } from '../../../contracts/http/auth';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';

/** How long before expiry the page asks for a fresh token: time for a slow network and a retry. */
const AHEAD_MS = 90_000;
const RETRY_MS = 15_000;

/**
 * Keeps a staff page signed in through a shift: before the access token expires, asks the
 * server for a fresh one (the session cookie) and hands it to the open socket, which the server
 * would otherwise close at expiry. Returns a function that stops it.
 */
export function keepSessionFresh(signalling: SignallingClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (expiresAt: string): void => {
    if (!stopped) timer = setTimeout(refresh, Math.max(RETRY_MS, Date.parse(expiresAt) - Date.now() - AHEAD_MS));
  };
  const refresh = async (): Promise<void> => {
    try {
      const { accessToken } = await apiFetch(AuthRoutes.refresh, { body: {} });
      schedule((await signalling.request('session.refresh', { accessToken })).expiresAt);
    } catch (err) {
      // Signed out or the session is over: the socket closes at expiry and the page says why.
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return;
      if (!stopped) timer = setTimeout(refresh, RETRY_MS);
    }
  };
  schedule(signalling.welcome.expiresAt);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
