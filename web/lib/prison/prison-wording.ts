import type { CallStage } from '../../../contracts/http/organisation-views';

/** An appointment's time on the prison's clock: "14:30". */
export const formatTime = (at: string): string =>
  new Date(at).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** The day the list is for ("2026-12-02"), as the NHS writes a date: "Wednesday 2 December 2026", no comma. */
export function formatDay(date: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(`${date}T12:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/**
 * Where an appointment stands, in words an officer acts on (whom to bring, who is done), with the
 * NHS tag colour that goes with it. Nothing clinical: the reason for the call is not the prison's.
 */
export const APPOINTMENT_STAGE: Record<CallStage, { words: string; tag: string }> = {
  booked: { words: 'Booked', tag: 'nhsuk-tag--blue' },
  waiting: { words: 'Waiting to be seen', tag: 'nhsuk-tag--yellow' },
  in_progress: { words: 'In the consultation', tag: 'nhsuk-tag--green' },
  on_hold: { words: 'On hold', tag: 'nhsuk-tag--orange' },
  transferred: { words: 'Moved to another clinic', tag: 'nhsuk-tag--purple' },
  ended: { words: 'Finished', tag: 'nhsuk-tag--grey' },
  cancelled: { words: 'Cancelled', tag: 'nhsuk-tag--grey' },
};
