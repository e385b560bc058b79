import type { z } from 'zod';
import type { NewMdtMeeting } from '../../../contracts/http/mdt';
import { ukInstant } from '../../../contracts/zone-time';
import type { FieldError } from '../admin/form-errors';
import { ApiError } from '../http/api-error';
import { readDate, readTime, type DateParts } from './date-entry';

/** What the schedule form holds: words and numbers as typed, the chair's id ('' for none), who is asked. */
export interface ScheduleValues extends DateParts {
  title: string;
  start: string;
  end: string;
  chairId: string;
  inviteeIds: string[];
}

/** The form's field ids under one prefix, so several MDTs' forms can share a page. */
export const scheduleIds = (prefix: string) => ({
  title: `${prefix}-title`,
  date: `${prefix}-date`,
  start: `${prefix}-start`,
  end: `${prefix}-end`,
  chair: `${prefix}-chair`,
  invitees: `${prefix}-invitees`,
});
type Ids = ReturnType<typeof scheduleIds>;

const HOUR = 3_600_000;

/**
 * The form read into the request the API takes, or the problems to fix first. Times are UK time
 * whatever the browser's zone, sent as instants; the server checks it all again.
 */
export function meetingFromForm(
  v: ScheduleValues,
  o: { serviceId: string; now: Date; ids: Ids },
): { body: z.input<typeof NewMdtMeeting> } | { errors: FieldError[] } {
  const { ids } = o;
  const errors: FieldError[] = [];
  const problem = (field: string, message: string) => errors.push({ field, message });
  if (!v.title.trim()) problem(ids.title, 'Enter a title for the meeting');
  const date = readDate(v, o.now, 'the date of the meeting');
  if ('problem' in date) problem(ids.date, date.problem);
  const start = readTime(v.start, 'start time');
  if ('problem' in start) problem(ids.start, start.problem);
  const end = readTime(v.end, 'end time');
  if ('problem' in end) problem(ids.end, end.problem);
  if (errors.length || 'problem' in date || 'problem' in start || 'problem' in end) return { errors };
  const startsAt = ukInstant(date.date, start.hhmm);
  const endsAt = ukInstant(date.date, end.hhmm);
  const skipped = (hhmm: string) =>
    `There is no ${hhmm} on that day: the clocks go forward an hour. Enter another time`;
  if (!startsAt) problem(ids.start, skipped(start.hhmm));
  if (!endsAt) problem(ids.end, skipped(end.hhmm));
  if (!startsAt || !endsAt) return { errors };
  if (endsAt <= startsAt) problem(ids.end, 'The end time must be after the start time');
  else if (endsAt.getTime() - startsAt.getTime() > 12 * HOUR) problem(ids.end, 'A meeting can last up to 12 hours');
  else if (endsAt <= o.now) problem(ids.end, 'That meeting would already be over. Enter a later end time');
  if (errors.length) return { errors };
  return {
    body: {
      serviceId: o.serviceId,
      title: v.title.trim(),
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      chairUserId: v.chairId || null,
      inviteeUserIds: v.inviteeIds,
    },
  };
}

/** The server's refusal put on the field it is about, in words for the coordinator. */
export function scheduleProblem(err: unknown, ids: Ids): FieldError[] {
  if (!(err instanceof ApiError)) return [{ field: ids.title, message: 'Convene could not be reached. Try again.' }];
  if (err.status === 403)
    return [{ field: ids.title, message: 'You cannot schedule meetings for this MDT. Ask its coordinator.' }];
  const m = err.message;
  const field = /chair/.test(m)
    ? ids.chair
    : /invitee/.test(m)
      ? ids.invitees
      : /end after|12 hours|already be over/.test(m)
        ? ids.end
        : ids.title;
  return [{ field, message: m.charAt(0).toUpperCase() + m.slice(1) }];
}
