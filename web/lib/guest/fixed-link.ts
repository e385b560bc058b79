import { FixedLinkRoutes } from '../../../contracts/http/fixed-links';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';
import { WHY } from './redeem';

/** What someone arriving by a service's published link gives: who they are and why they came. */
export interface FixedLinkDetails {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
}

/**
 * Asks for this arrival's own one-use link. A refusal comes back in plain English: the link may
 * have been turned off, or the service closed, since the page checked it.
 */
export async function arriveByFixedLink(
  linkId: string,
  details: FixedLinkDetails,
): Promise<{ token: string; name: string }> {
  const otherwise = (status: number) => `We could not add you to the waiting area (HTTP ${status}).`;
  try {
    return await apiFetch(FixedLinkRoutes.arrive, { params: { linkId }, body: details, otherwise });
  } catch (err) {
    // A closed service and a link turned off keep the server's words: they say when, or what to do instead.
    if (!(err instanceof ApiError) || err.code === 'closed' || err.code === 'revoked') throw err;
    throw new ApiError(err.status, err.code, WHY[err.code] ?? err.message);
  }
}

/** "YYYY-MM-DD" from the three boxes of the NHS date input, or null when they do not make a real past date. */
export function isoDate(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso || d > new Date()) return null;
  return iso;
}
