import type { OpeningHours, Weekday } from '../../../contracts/vocabulary';

/** The days in the order a form lists them, with their names. */
export const DAYS: [Weekday, string][] = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];

/**
 * The opening hours a form's fields describe: always open, or the same times on the ticked days
 * in UK time. The server checks the times; the form only shapes them.
 */
export function hoursFrom(form: FormData, prefix: string): OpeningHours {
  if (form.get(`${prefix}-always`) === 'always') return { always: true };
  const from = String(form.get(`${prefix}-from`) ?? '');
  const to = String(form.get(`${prefix}-to`) ?? '');
  const days = DAYS.filter(([d]) => form.get(`${prefix}-${d}`) === 'on').map(([d]) => d);
  return { timeZone: 'Europe/London', weekly: Object.fromEntries(days.map((d) => [d, [[from, to]]])) };
}

/** Opening hours in words, for the services table. */
export function describeHours(hours: OpeningHours): string {
  if ('always' in hours) return 'Always open';
  const parts = DAYS.flatMap(([d, name]) =>
    (hours.weekly[d] ?? []).map(([from, to]) => `${name.slice(0, 3)} ${from}–${to}`),
  );
  return parts.length ? parts.join(', ') : 'Closed';
}
