import { MDT_CORE_ROLES, type MdtCoreRole } from '../../../contracts/mdt';

/** An NHS number as people read it aloud and check it: 3-3-4 digits. Anything else is shown as stored. */
export function formatNhsNumber(nhsNumber: string | null): string {
  if (!nhsNumber) return 'Not known';
  const digits = nhsNumber.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : nhsNumber;
}

/** A calendar date in the NHS style ("1 March 1950"), read as a date alone so no time zone shifts it. */
export function formatCalendarDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A date of birth, as any calendar date is written. */
export const formatDateOfBirth = formatCalendarDate;

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in UK time, today unless told: what due dates are judged by. */
export const ukCalendarDay = (at = new Date()): string => LONDON_DAY.format(at);

/** A core role's words; an unknown key (a newer server) is shown as it came. */
export function coreRoleLabel(role: string): string {
  return Object.hasOwn(MDT_CORE_ROLES, role) ? MDT_CORE_ROLES[role as MdtCoreRole] : role;
}

/** A core role inside a sentence: lower case, but an acronym (MDT) kept as it is. */
export function roleInSentence(role: string): string {
  return coreRoleLabel(role)
    .split(' ')
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ');
}

/** "Quorate", or which roles are missing, in the words a chair would say them. */
export function quorumWords(quorum: { met: boolean; missing: string[] }): string {
  if (quorum.met) return 'Quorate';
  return `Not quorate: missing ${quorum.missing.map(roleInSentence).join(', ')}`;
}

/** The case on screen's own quorum: every core role there for the whole of its discussion so far, or who was not. */
export function caseQuorumWords(quorum: { met: boolean; missing: string[] }): string {
  if (quorum.met) return 'This case: quorate';
  return `This case: not quorate, ${quorum.missing.map(roleInSentence).join(', ')} not present for all of it`;
}
