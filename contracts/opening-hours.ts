import type { OpeningHours } from './vocabulary';
import { instantOf, localTime, WEEKDAYS } from './zone-time';

/** Whether a service takes calls at an instant, and if not, when it next does. */
export type OpeningState = { open: true } | { open: false; opensAt: Date | null };

const DAY_MS = 86_400_000;

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
