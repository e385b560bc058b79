import { localTime, UK_ZONE } from '../../../contracts/zone-time';

/** A calendar date as the date input holds it. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A meeting's slot as the schedule form shows it: the UK date, and start and end as "HH:MM". */
export interface Slot {
  date: CalendarDate;
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const WORDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const utcOf = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
const dateOf = (t: number): CalendarDate => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** "Thursday 24 December 2026", as NHS pages write a date. */
export function dateWords(d: CalendarDate): string {
  return WORDS.formatToParts(new Date(utcOf(d)))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join(' ');
}

/** The date it is now in the UK. */
export function ukToday(now: Date): CalendarDate {
  const { year, month, day } = localTime(now, UK_ZONE);
  return { year, month, day };
}

/** Whether two dates are in order: -1, 0 or 1, as a sort wants. */
export const compareDates = (a: CalendarDate, b: CalendarDate) => Math.sign(utcOf(a) - utcOf(b));

/**
 * The next slot of an MDT that meets weekly: its latest meeting's UK time, a week on (and on again
 * until the day is still to come). Nothing to suggest for an MDT that has not met.
 */
export function nextInSeries(meetings: readonly { startsAt: string; endsAt: string }[], now: Date): Slot | null {
  const latest = [...meetings].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0];
  if (!latest) return null;
  const starts = localTime(new Date(latest.startsAt), UK_ZONE);
  const today = utcOf(ukToday(now));
  let day = utcOf(starts) + 7 * DAY_MS;
  while (day <= today) day += 7 * DAY_MS;
  return { date: dateOf(day), start: starts.hhmm, end: localTime(new Date(latest.endsAt), UK_ZONE).hhmm };
}

const WHEN = new Intl.DateTimeFormat('en-GB', { timeZone: UK_ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** "8 December 2026 at 14:05", in UK time: when something was last changed. */
export function ukWhen(at: string): string {
  return `${WHEN.format(new Date(at))} at ${localTime(new Date(at), UK_ZONE).hhmm}`;
}

/** A date a week from now in the date input's order ("17 12 2026"), for its hint. */
export function dateExample(now: Date): string {
  const d = dateOf(utcOf(ukToday(now)) + 7 * DAY_MS);
  return `${d.day} ${d.month} ${d.year}`;
}
