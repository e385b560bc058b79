/**
 * The access token for a call. Until accounts and invite links exist this asks the
 * development-only endpoint, which the server refuses in production.
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
