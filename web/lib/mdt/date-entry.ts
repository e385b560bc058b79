import { compareDates, ukToday, type CalendarDate } from './meeting-dates';

/** A date as the NHS date input takes it: day, month and year as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const PARTS = ['day', 'month', 'year'] as const;

/** The date three boxes give, when they give a real one (a 4-digit year, no 31 June). */
export function realDate(p: DateParts): CalendarDate | null {
  if (!PARTS.every((k) => /^\d+$/.test(p[k].trim())) || p.year.trim().length !== 4) return null;
  const [day, month, year] = PARTS.map((k) => Number(p[k]));
  const at = new Date(Date.UTC(year!, month! - 1, day!));
  return at.getUTCMonth() === month! - 1 && at.getUTCDate() === day ? { year: year!, month: month!, day: day! } : null;
}

/**
 * A date from its three boxes, or the problem in the design system's words: what is missing, that
 * it is not a real date, or that it has passed (meetings are today or later, in UK time).
 */
export function readDate(p: DateParts, now: Date, what: string): { date: CalendarDate } | { problem: string } {
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const missing = PARTS.filter((k) => !p[k].trim());
  if (missing.length === 3) return { problem: `Enter ${what}` };
  if (missing.length) return { problem: `${What} must include a ${missing.join(' and ')}` };
  if (/^\d+$/.test(p.year.trim()) && p.year.trim().length !== 4) return { problem: 'Year must include 4 numbers' };
  const date = realDate(p);
  if (!date) return { problem: `${What} must be a real date` };
  if (compareDates(date, ukToday(now)) < 0) return { problem: `${What} must be today or in the future` };
  return { date };
}

/** The boxes showing a date. */
export const dateParts = (d: CalendarDate | undefined): DateParts =>
  d ? { day: String(d.day), month: String(d.month), year: String(d.year) } : { day: '', month: '', year: '' };

/** A time on the 24-hour clock ("9:30", "09.30", "0930" or "14:00") as "HH:MM", or what to enter instead. */
export function readTime(typed: string, what: string): { hhmm: string } | { problem: string } {
  const t = typed.trim();
  if (!t) return { problem: `Enter the ${what}` };
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(t);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59)
    return { problem: `Enter the ${what} using the 24-hour clock, for example 14:30` };
  return { hhmm: `${m[1]!.padStart(2, '0')}:${m[2]}` };
}
