import type { Kysely } from 'kysely';
import type { Database, Invite } from '../db/schema';
import { closure } from '../contracts/opening-hours';
import { IdentityError } from './identity-error';
import { meetingLinkRefusal } from './invite-meeting-refusals';
import { TokenError } from './tokens';

const londonTime = (d: Date): string =>
  d.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** One wording for a link that is not ours or was cut short, wherever it is found out. */
export const notValid = (): IdentityError =>
  new IdentityError('invalid', 'This link is not valid. Check it was copied in full.');

/** Why this stored invite cannot be used now, or null when it can: shared by redeeming and checking. */
export function refusal(invite: Invite, now: Date): IdentityError | null {
  if (invite.scope_kind === 'mdt_meeting') return meetingLinkRefusal(invite, now);
  if (invite.revoked_at)
    return new IdentityError('revoked', 'This link has been withdrawn. Ask the clinic for a new one.');
  if (invite.expires_at <= now)
    return new IdentityError('expired', 'This link has expired. Ask the clinic for a new one.');
  if (invite.window_start && invite.window_end && (now < invite.window_start || now > invite.window_end)) {
    return new IdentityError(
      'outside_window',
      `This link works from ${londonTime(invite.window_start)} to ${londonTime(invite.window_end)}.`,
    );
  }
  if (invite.single_use && invite.used_at) return new IdentityError('used', 'This link has already been used.');
  return null;
}

/**
 * A link to a waiting area is refused while the service is closed, before it is used up, so the
 * guest is told when to come back rather than finding out after the pre-call check.
 */
export async function closedService(db: Kysely<Database>, serviceId: string, now: Date): Promise<IdentityError | null> {
  const service = await db
    .selectFrom('services')
    .select(['name', 'opening_hours'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) return new IdentityError('invalid', 'The service this link is for no longer exists.');
  const closed = closure(service, now);
  return closed && new IdentityError('closed', closed.message);
}

/** Whether a stored invite works now: its own limits, then (for a waiting area) the opening hours. */
export async function inviteRefusal(db: Kysely<Database>, invite: Invite, now: Date): Promise<IdentityError | null> {
  const own = refusal(invite, now);
  if (own || invite.scope_kind !== 'service') return own;
  return closedService(db, invite.scope_id, now);
}

/** A token that does not verify, as the refusal a guest reads. */
export function fromTokenError(err: unknown): IdentityError {
  if (err instanceof TokenError && err.code === 'expired') {
    return new IdentityError('expired', 'This link has expired. Ask the clinic for a new one.');
  }
  if (err instanceof TokenError && err.code === 'missing')
    return new IdentityError('missing', 'No invite link was given.');
  return notValid();
}
