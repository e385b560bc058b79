import type { Weekday } from './vocabulary';

/**
 * Wall-clock time in a time zone, both ways: what a clock in the zone reads at an instant, and the
 * instant it reads a given date and time. Opening hours and the MDT's meeting times (entered in UK
 * time whatever the browser's zone) are worked out with these, on both ends.
 */

/** Convene's clinics and MDTs keep UK time. */
export const UK_ZONE = 'Europe/London';

/** Weekdays in `Date.getUTCDay()` order. */
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A zone's wall clock at an instant: the calendar date, its weekday, and "HH:MM". */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  hhmm: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of `at` in `timeZone`. */
export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  // The calendar date's weekday does not depend on the zone, so UTC gives it without another formatter.
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return { year, month, day, weekday, hhmm: `${parts.hour}:${parts.minute}` };
}

/** How far the zone's wall clock is ahead of UTC at `t`, in ms (whole minutes). */
function offsetAt(t: number, timeZone: string): number {
  const l = localTime(new Date(t), timeZone);
  const [h, m] = l.hhmm.split(':').map(Number);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, h, m);
  return asUtc - (t - (t % 60_000));
}

/**
 * The instant the zone's wall clock reads `hhmm` on a calendar date. Twice round, so a time on
 * the morning after a clock change lands on the new offset; a time the change skips (01:30 on
 * the spring-forward night) comes out an hour later, which is when the clock first passes it.
 */
export function instantOf(year: number, month: number, day: number, hhmm: string, timeZone: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, h, m);
  let t = wall - offsetAt(wall, timeZone);
  t = wall - offsetAt(t, timeZone);
  return new Date(t);
}

/**
 * The instant a UK clock reads `hhmm` on a date, or null when it never does (the hour skipped when
 * the clocks go forward). In the repeated hour when they go back, the first of the two.
 */
export function ukInstant(date: { year: number; month: number; day: number }, hhmm: string): Date | null {
  const reads = (at: Date) => {
    const l = localTime(at, UK_ZONE);
    return l.year === date.year && l.month === date.month && l.day === date.day && l.hhmm === hhmm;
  };
  const at = instantOf(date.year, date.month, date.day, hhmm, UK_ZONE);
  const hourBefore = new Date(at.getTime() - 3_600_000);
  return reads(hourBefore) ? hourBefore : reads(at) ? at : null;
}
