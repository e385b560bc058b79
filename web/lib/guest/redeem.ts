/** The plain-English reason a link did not work, by the server's error code. */
const WHY: Record<string, string> = {
  expired: 'This link has expired. Contact the service that sent it for a new one.',
  revoked: 'This link has been cancelled. Contact the service that sent it for a new one.',
  used: 'This link has already been used. Contact the service that sent it for a new one.',
  outside_window: 'This link only works around the time of your appointment. Please use it again nearer the time.',
  invalid: 'This link is not valid. Check you copied all of it, or contact the service that sent it.',
};

export function inviteFromLocation(): string | undefined {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  return hash.get('invite') ?? undefined;
}

/** Exchanges the invite for a guest sign-in (a cookie the signalling connection then carries). */
export async function redeemInvite(token: string, name: string): Promise<void> {
  const res = await fetch('/api/invites/redeem', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, name }),
  });
  if (res.ok) return;
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  throw new Error(
    WHY[body.error?.code ?? ''] ?? body.error?.message ?? `The link could not be used (HTTP ${res.status}).`,
  );
}
