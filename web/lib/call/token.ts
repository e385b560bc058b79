/**
 * A token for a practice call in a `dev-` room, from the development-only endpoint: served only
 * when the server runs with CONVENE_DEV_TOKENS (never in production). Real calls are reached
 * through a sign-in or an invite link.
 */
export async function fetchCallToken(roomId: string, displayName: string): Promise<string> {
  const q = new URLSearchParams({ room: roomId, name: displayName });
  const res = await fetch(`/api/dev/token?${q}`, { cache: 'no-store' });
  const body = (await res.json()) as { token?: string; error?: { message: string } };
  if (!res.ok || !body.token) throw new Error(body.error?.message ?? `could not get a token (HTTP ${res.status})`);
  return body.token;
}

export function signallingUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
