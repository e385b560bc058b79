import { DevRoutes } from '../../../contracts/http/dev';
import { apiFetch } from '../http/api-fetch';

/**
 * A token for a practice call in a `dev-` room, from the development-only endpoint: served only
 * when the server runs with CONVENE_DEV_TOKENS (never in production). Real calls are reached
 * through a sign-in or an invite link.
 */
export async function fetchCallToken(roomId: string, displayName: string): Promise<string> {
  const query = { room: roomId, name: displayName };
  const otherwise = (status: number) => `could not get a token (HTTP ${status})`;
  return (await apiFetch(DevRoutes.token, { query, otherwise })).token;
}

export function signallingUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
