import type { CallStage } from '../../../contracts/http/organisation-views';

/** "9990000018" as people read it and as the NHS prints it: "999 000 0018". */
export const formatNhsNumber = (n: string | null): string =>
  n ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : 'Not known';

/** A date of birth ("1938-04-12") as UK staff read it: "12 April 1938". */
export const formatBirthDate = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', dateStyle: 'long' });

/** When a request was made, on the home's clock: "2 Dec 2026, 09:14". */
export const formatRequested = (at: string): string =>
  new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** Where a request stands, in the home's words, with the NHS tag colour that goes with it. */
export const REQUEST_STAGE: Record<CallStage, { words: string; tag: string }> = {
  booked: { words: 'Booked', tag: 'nhsuk-tag--blue' },
  waiting: { words: 'Waiting for the hub', tag: 'nhsuk-tag--yellow' },
  in_progress: { words: 'In a call now', tag: 'nhsuk-tag--green' },
  on_hold: { words: 'On hold', tag: 'nhsuk-tag--orange' },
  transferred: { words: 'Passed to another service', tag: 'nhsuk-tag--purple' },
  ended: { words: 'Finished', tag: 'nhsuk-tag--grey' },
  cancelled: { words: 'Cancelled', tag: 'nhsuk-tag--grey' },
};
