import { InviteRoutes } from '../../../contracts/http/invites';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';

/** The plain-English reason a link did not work, by the server's error code. */
export const WHY: Record<string, string> = {
  expired: 'This link has expired. Contact the service that sent it for a new one.',
  revoked: 'This link has been cancelled. Contact the service that sent it for a new one.',
  used: 'This link has already been used. Contact the service that sent it for a new one.',
  outside_window: 'This link only works around the time of your appointment. Please use it again nearer the time.',
  invalid: 'This link is not valid. Check you copied all of it, or contact the service that sent it.',
  throttled: 'Too many people have joined from your network just now. Please try again in a few minutes.',
};

export function inviteFromLocation(): string | undefined {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  return hash.get('invite') ?? undefined;
}

/**
 * Exchanges the invite for a guest sign-in (a cookie the signalling connection then carries). A
 * refusal comes back as an ApiError in plain English: why the link did not work, and what to do.
 */
export async function redeemInvite(token: string, name: string): Promise<void> {
  const otherwise = (status: number) => `The link could not be used (HTTP ${status}).`;
  try {
    await apiFetch(InviteRoutes.redeem, { body: { token, name }, otherwise });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    throw new ApiError(err.status, err.code, WHY[err.code] ?? err.message);
  }
}
