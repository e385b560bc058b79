import type { OpeningHours, Weekday } from './vocabulary';

/** Whether a service takes calls at an instant, and if not, when it next does. */
export type OpeningState = { open: true } | { open: false; opensAt: Date | null };

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;

interface LocalTime {
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
function localTime(at: Date, timeZone: string): LocalTime {
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
 * The instant the zone's wall clock reads `hhmm` on a calendar date. Twice round, so an opening
 * on the morning after a clock change lands on the new offset; a time the change skips (01:30 on
 * the spring-forward night) comes out an hour later, which is when the clock first passes it.
 */
function instantOf(year: number, month: number, day: number, hhmm: string, timeZone: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, h, m);
  let t = wall - offsetAt(wall, timeZone);
  t = wall - offsetAt(t, timeZone);
  return new Date(t);
}

export function openingState(hours: OpeningHours, at: Date): OpeningState {
  if ('always' in hours) return { open: true };
  const now = localTime(at, hours.timeZone);
  const today = hours.weekly[now.weekday] ?? [];
  if (today.some(([from, to]) => from <= now.hhmm && now.hhmm < to)) return { open: true };
  // Ranges are "HH:MM" within one day, so the next opening is among the starts of the next 8 days.
  for (let ahead = 0; ahead <= 7; ahead++) {
    const date = new Date(Date.UTC(now.year, now.month - 1, now.day) + ahead * DAY_MS);
    const weekday = WEEKDAYS[date.getUTCDay()]!;
    const starts = (hours.weekly[weekday] ?? [])
      .map(([from]) =>
        instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), from, hours.timeZone),
      )
      .filter((t) => t > at)
      .sort((a, b) => a.getTime() - b.getTime());
    if (starts[0]) return { open: false, opensAt: starts[0] };
  }
  return { open: false, opensAt: null };
}

/** "It opens again on Monday 7 December at 09:00." in the service's own time zone. */
export function whenItOpens(hours: OpeningHours, state: OpeningState): string {
  if (state.open) return 'It is open now.';
  if (!state.opensAt || 'always' in hours) return 'It has no opening hours set at the moment.';
  const day = state.opensAt.toLocaleDateString('en-GB', {
    timeZone: hours.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const time = state.opensAt.toLocaleTimeString('en-GB', {
    timeZone: hours.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `It opens again on ${day} at ${time}.`;
}

/**
 * Why a service takes no arrivals at `at`, in words for the person turned away, or null while it
 * is open. Link redemption and arrival in the waiting area both ask this.
 */
export function closure(
  service: { name: string; opening_hours: OpeningHours },
  at: Date,
): { message: string; opensAt: Date | null } | null {
  const state = openingState(service.opening_hours, at);
  if (state.open) return null;
  return { message: `${service.name} is closed. ${whenItOpens(service.opening_hours, state)}`, opensAt: state.opensAt };
}
