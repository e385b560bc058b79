import { MdtOutcomeRoutes as O } from '../../contracts/http/mdt-outcomes';
import type { RunningConvene } from '../../server/app';
import { demoLogin } from './consultation';
import { apiAs } from './mdt-meeting';

/** A calendar date `days` from today (negative: ago), as an action's due date is written. */
export const dayFrom = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A due date as the pages write it ("1 March 2030"). */
export const dateWords = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * A case's outcome with actions for `ownerId`, agreed as a meeting would: the coordinator writes
 * the fields a lung MDT's sign-off needs and the actions over the API, and the demo chair signs it.
 */
export async function signedWithActions(
  convene: RunningConvene,
  caseId: string,
  actions: { what: string; ownerUserId: string; due: string }[],
): Promise<void> {
  const coordinator = await apiAs(convene, demoLogin(convene, 'demo.coordinator'));
  const fields = {
    discussionStatus: 'discussed',
    mdtType: 'lung',
    carePlanIntent: 'C',
    recommendation: 'Proceed as agreed',
    actions: actions.map((a, i) => ({ id: `agreed-${i}-${caseId}`, done: false, ...a })),
  };
  for (const [field, value] of Object.entries(fields))
    await coordinator(O.editField, caseId, { value, baseVersion: 0 }, field);
  const chair = await apiAs(convene, demoLogin(convene, 'demo.clinician'));
  await chair(O.signOff, caseId, {});
}
