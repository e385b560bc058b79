import { InviteRoutes } from '../../../contracts/http/invites';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';
import { WHY } from './redeem';

/** What the join page knows of its link before showing a form: still asking, refused with why, or good. */
export type LinkState =
  { kind: 'checking' } | { kind: 'refused'; code: string; message: string } | { kind: 'valid'; name: string | null };

const NO_LINK = 'This page needs the link you were sent. Open the link from your text message or email.';

/**
 * Asks the server whether the link works, without using it up, so a reused, expired or closed-clinic
 * link is explained before the guest types anything. A closed service or an early link keeps the
 * server's words, which say when to come back.
 */
export async function checkLink(token: string | undefined): Promise<LinkState> {
  if (!token) return { kind: 'refused', code: 'missing', message: NO_LINK };
  try {
    const answer = await apiFetch(InviteRoutes.check, { body: { token } });
    if (answer.status === 'valid' && 'name' in answer) return { kind: 'valid', name: answer.name };
    const message = 'message' in answer ? answer.message : '';
    const keep = answer.status === 'closed' || answer.status === 'outside_window';
    return { kind: 'refused', code: answer.status, message: keep ? message : (WHY[answer.status] ?? message) };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { kind: 'refused', code: err.code, message: err.message };
  }
}
