import type { MdtCaseStatus } from '../../../contracts/mdt';

/** Where a case stands, as the list says it. */
export const STATUS_WORDS: Record<MdtCaseStatus, string> = {
  listed: 'To discuss',
  discussed: 'Discussed',
  not_discussed_standard_of_care: 'Standard of care — not discussed',
  rolled_over: 'Rolled over to the next meeting',
};

/** The WHO performance status grades, as a clinician reads them on the list. */
export const PERFORMANCE_STATUS: readonly string[] = [
  '0 – fully active',
  '1 – restricted in strenuous activity',
  '2 – ambulatory, capable of self-care, unable to work',
  '3 – limited self-care, in bed or chair over half the day',
  '4 – completely disabled',
];

/** An NHS number as people read it: 3, 3 and 4 digits. */
export function spacedNhsNumber(digits: string | null): string {
  return digits && /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : 'not known';
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** A meeting's time as the team reads it, in UK time whatever the browser's zone. */
export function meetingTime(startsAt: string, endsAt: string): string {
  return `${WHEN.format(new Date(startsAt))} to ${TIME.format(new Date(endsAt))}`;
}

/** The list in a new order: the case at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function movedOne(ids: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
