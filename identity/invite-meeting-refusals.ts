import type { Invite } from '../db/schema';
import { IdentityError } from './identity-error';

const london = (d: Date, o: Intl.DateTimeFormatOptions) =>
  d.toLocaleString('en-GB', { timeZone: 'Europe/London', ...o });
const onAt = (d: Date) => `on ${london(d, { dateStyle: 'medium' })} at ${london(d, { timeStyle: 'short' })}`;

/**
 * Why an MDT meeting's link for an external clinician cannot be used now, or null when it can, in
 * the words a clinician from another trust needs: who to ask, and when the link opens. It works from
 * an hour before the meeting until the meeting's end, once.
 */
export function meetingLinkRefusal(invite: Invite, now: Date): IdentityError | null {
  if (invite.revoked_at)
    return new IdentityError('revoked', 'This link has been withdrawn. Ask the MDT coordinator for a new one.');
  const [start, end] = [invite.window_start, invite.window_end];
  if (invite.expires_at <= now || (end && now > end))
    return new IdentityError('expired', 'This MDT meeting has ended, so its link no longer works.');
  if (start && now < start) {
    const until = end ? ` and works until the meeting ends ${onAt(end)}` : '';
    return new IdentityError(
      'outside_window',
      `This link opens ${onAt(start)}, an hour before the MDT meeting starts,${until}. Please come back then.`,
    );
  }
  if (invite.single_use && invite.used_at)
    return new IdentityError(
      'used',
      'This link has already been used. If that was not you, or you closed the page, ask the MDT coordinator for a new link.',
    );
  return null;
}
