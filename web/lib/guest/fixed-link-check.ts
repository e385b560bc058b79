import { FixedLinkRoutes } from '../../../contracts/http/fixed-links';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';

/** What the fixed link's page knows before its form: still asking, refused with why, or open for a service. */
export type FixedLinkState =
  { kind: 'checking' } | { kind: 'refused'; code: string; message: string } | { kind: 'open'; serviceName: string };

const UNKNOWN = 'This waiting-area link is not valid. Check you copied all of it, or contact the service.';

/**
 * Asks whether the link takes arrivals now, so a link that was turned off, or a service that is
 * closed, is explained before anyone types their details. The server's words are kept: they say
 * when the service opens, or what to do instead.
 */
export async function checkFixedLink(linkId: string): Promise<FixedLinkState> {
  try {
    const answer = await apiFetch(FixedLinkRoutes.status, { params: { linkId } });
    if (answer.open) return { kind: 'open', serviceName: answer.serviceName };
    return { kind: 'refused', code: answer.reason, message: answer.message };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { kind: 'refused', code: err.code, message: err.status === 404 ? UNKNOWN : err.message };
  }
}
