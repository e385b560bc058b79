import type { Kysely } from 'kysely';
import type { Database, Invite } from '../db/schema';
import { IdentityError } from './identity-error';
import type { InviteRequest } from './invite-types';

/** A patient may arrive a little early or run over; the link works this much either side of the slot. */
export const WINDOW_GRACE_BEFORE_MINUTES = 15;
export const WINDOW_GRACE_AFTER_MINUTES = 30;
/** How long a link lasts when its issuer does not say, and the most it may. */
export const DEFAULT_INVITE_HOURS = 24;
export const MAX_INVITE_DAYS = 30;
/** A guest's access token: long enough for a consultation, renewed only by the link. */
export const GUEST_ACCESS_TTL_SECONDS = 2 * 3600;

/** An MDT meeting may run over: an external clinician's access lasts this long past its planned end. */
export const MDT_OVERRUN_MINUTES = 60;

const minutes = (n: number): number => n * 60_000;

/**
 * How long a guest's access token lasts. A link is used up once, so an external clinician who came an
 * hour early to a long meeting must not be cut off halfway: theirs lasts until the meeting's overrun.
 */
export function guestAccessSeconds(invite: Pick<Invite, 'scope_kind' | 'window_end'>, now: Date): number {
  if (invite.scope_kind !== 'mdt_meeting' || !invite.window_end) return GUEST_ACCESS_TTL_SECONDS;
  const untilOverrun = invite.window_end.getTime() + minutes(MDT_OVERRUN_MINUTES) - now.getTime();
  return Math.max(GUEST_ACCESS_TTL_SECONDS, Math.ceil(untilOverrun / 1000));
}

const SCOPE_TABLES = { consultation: 'consultations', service: 'services', mdt_meeting: 'mdt_meetings' } as const;

/** Whether the consultation, service or MDT meeting a link would be for exists. */
export async function scopeExists(db: Kysely<Database>, scope: InviteRequest['scope']): Promise<boolean> {
  const table = SCOPE_TABLES[scope.kind];
  return !!(await db.selectFrom(table).select('id').where('id', '=', scope.id).executeTakeFirst());
}

/** The slot a link is bound to, widened by the grace either side; null for a link with no slot. */
export async function windowFor(db: Kysely<Database>, req: InviteRequest): Promise<{ start: Date; end: Date } | null> {
  if (req.exactWindow) {
    if (req.exactWindow.end <= req.exactWindow.start)
      throw new IdentityError('invalid', 'a time window must end after it starts');
    return req.exactWindow;
  }
  let slot = req.window ?? null;
  if (req.appointmentId) {
    const a = await db
      .selectFrom('appointments')
      .select(['starts_at', 'ends_at', 'cancelled_at'])
      .where('id', '=', req.appointmentId)
      .executeTakeFirst();
    if (!a || a.cancelled_at) throw new IdentityError('not_found', 'there is no such appointment, or it was cancelled');
    slot = { start: a.starts_at, end: a.ends_at };
  }
  if (!slot) return null;
  if (slot.end <= slot.start) throw new IdentityError('invalid', 'a time window must end after it starts');
  return {
    start: new Date(slot.start.getTime() - minutes(WINDOW_GRACE_BEFORE_MINUTES)),
    end: new Date(slot.end.getTime() + minutes(WINDOW_GRACE_AFTER_MINUTES)),
  };
}
