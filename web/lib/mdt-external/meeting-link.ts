import { AuthRoutes } from '../../../contracts/http/auth';
import { InviteRoutes } from '../../../contracts/http/invites';
import { ApiError } from '../http/api-error';
import { apiFetch } from '../http/api-fetch';

/** What the page knows of its link before anything is used up: still asking, refused with why, or good. */
export type MeetingLink =
  | { kind: 'checking' }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'valid'; name: string }
  /** Already opened in this browser, whose sign-in for the meeting still stands (a reload). */
  | { kind: 'back'; meetingId: string; name: string };

const NO_LINK = 'This page needs the link you were sent. Open it again from the email or message it came in.';

/** The meeting a link's token names, read from its payload; the server decides whether it works. */
function meetingOf(token: string): string | null {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as { scope?: { kind?: string; id?: string } };
    return claims.scope?.kind === 'mdt_meeting' ? (claims.scope.id ?? null) : null;
  } catch {
    return null;
  }
}

/** This browser's sign-in, when it is an external clinician's for the meeting `token` is for. */
async function signedInFor(token: string): Promise<{ meetingId: string; name: string } | null> {
  const me = await apiFetch(AuthRoutes.me, {}).catch(() => null);
  const meetingId = meetingOf(token);
  if (!me || me.role !== 'guest' || me.scope?.kind !== 'mdt_meeting' || me.scope.id !== meetingId) return null;
  return { meetingId, name: me.name };
}

/**
 * Asks the server whether the link works, without using it up, and keeps its words, which say who
 * to ask or when the link opens. A used link whose sign-in is still in this browser goes back in.
 */
export async function checkMeetingLink(token: string | undefined): Promise<MeetingLink> {
  if (!token) return { kind: 'refused', code: 'missing', message: NO_LINK };
  try {
    const answer = await apiFetch(InviteRoutes.check, { body: { token } });
    if (answer.status === 'valid' && 'name' in answer) return { kind: 'valid', name: answer.name ?? '' };
    const back = answer.status === 'used' ? await signedInFor(token) : null;
    if (back) return { kind: 'back', ...back };
    return { kind: 'refused', code: answer.status, message: 'message' in answer ? answer.message : '' };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { kind: 'refused', code: err.code, message: err.message };
  }
}

/** Opens the link: the external clinician's sign-in (a cookie), for the meeting it is for. */
export async function openMeetingLink(token: string): Promise<{ meetingId: string; name: string }> {
  const access = await apiFetch(InviteRoutes.redeem, { body: { token } });
  return { meetingId: access.guest.scope.id, name: access.guest.name };
}
