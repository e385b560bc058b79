import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { change } from '../kernel/change';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { checkCaseDetails, type CaseDetails } from './case-input';
import { patientForCase, type CasePatient } from './case-patient';
import { readCase, type MdtCaseView } from './case-view';
import { authoriseCase, authoriseMeeting } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';
import { requireTeamMembers } from './mdt-team';

/** Status words for the refusal a case that has left the list gets. */
const NO_LONGER_LISTED = {
  discussed: 'has been discussed',
  not_discussed_standard_of_care: 'was passed as standard of care',
  rolled_over: 'was rolled over to a later meeting',
} as const;

/** Refuses a change to a case that is no longer waiting on its list. */
export function requireListed(status: string): void {
  if (status !== 'listed')
    throw new DomainError(
      'conflict',
      `this case ${NO_LONGER_LISTED[status as keyof typeof NO_LONGER_LISTED]}; it can no longer be changed`,
    );
}

async function presenterOf(trx: Transaction<Database>, serviceId: string, id: string | null | undefined) {
  return id ? (await requireTeamMembers(trx, serviceId, [id], 'presenter'))[0]! : null;
}

/**
 * A coordinator puts a patient's case on a meeting's list, at the end. Added once the meeting has
 * started, it is flagged late (the panel has not had it to read); once the meeting is over, it goes
 * on a later one instead. The patient is an existing one of the MDT's organisation or a new one.
 */
export async function addCase(
  ctx: MdtContext,
  actor: Actor,
  meetingId: string,
  input: CaseDetails & { patient: CasePatient },
): Promise<MdtCaseView> {
  const authorise = () => authoriseMeeting(ctx, actor, 'mdt.meeting.manage', meetingId);
  const lock = async (trx: Transaction<Database>, m: Awaited<ReturnType<typeof authorise>>) => {
    await trx.selectFrom('mdt_meetings').select('id').where('id', '=', m.id).forUpdate().executeTakeFirstOrThrow();
    return m;
  };
  const { result } = await change(ctx, { authorise, lock }, async (trx, m, at) => {
    const details = checkCaseDetails(input);
    if (at >= m.ends_at) throw new DomainError('conflict', 'this meeting is over: add the case to a later meeting');
    const patientId = await patientForCase(trx, m.organisation_id, input.patient);
    const listed = await trx
      .selectFrom('mdt_cases')
      .select('id')
      .where('meeting_id', '=', m.id)
      .where('patient_id', '=', patientId)
      .where('status', '=', 'listed')
      .executeTakeFirst();
    if (listed) throw new DomainError('conflict', "this patient is already on this meeting's list");
    const { last } = await trx
      .selectFrom('mdt_cases')
      .select((eb) => eb.fn.max('position').as('last'))
      .where('meeting_id', '=', m.id)
      .executeTakeFirstOrThrow();
    const addedLate = at >= m.starts_at;
    const row = await trx
      .insertInto('mdt_cases')
      .values({
        meeting_id: m.id,
        patient_id: patientId,
        position: (last ?? 0) + 1,
        question: details.question,
        presenter_user_id: await presenterOf(trx, m.service_id, input.presenterUserId),
        referrer_name: details.referrerName,
        referrer_organisation: details.referrerOrganisation,
        pre_mdt_summary: JSON.stringify(details.summary),
        added_late: addedLate,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const audited = { meeting_id: m.id, patient_id: patientId, added_late: addedLate };
    await auditMdt(ctx, trx, actor, 'mdt.case.add', { type: 'mdt_case', id: row.id }, audited);
    return row.id;
  });
  return readCase(ctx.db, result);
}

/**
 * A coordinator rewrites a listed case's question, referrer, presenter and pre-MDT summary as the
 * results come in. Written whole; audited with the fields' names, not their (clinical) contents.
 */
export async function editCase(
  ctx: MdtContext,
  actor: Actor,
  caseId: string,
  input: CaseDetails,
): Promise<MdtCaseView> {
  const authorise = () => authoriseCase(ctx, actor, 'mdt.meeting.manage', caseId);
  const lock = (trx: Transaction<Database>, c: Awaited<ReturnType<typeof authorise>>) =>
    trx.selectFrom('mdt_cases').selectAll().where('id', '=', c.id).forUpdate().executeTakeFirstOrThrow();
  const { result } = await change(ctx, { authorise, lock }, async (trx, c, at) => {
    requireListed(c.status);
    const details = checkCaseDetails(input);
    const meeting = await trx
      .selectFrom('mdt_meetings')
      .select('service_id')
      .where('id', '=', c.meeting_id)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('mdt_cases')
      .set({
        question: details.question,
        referrer_name: details.referrerName,
        referrer_organisation: details.referrerOrganisation,
        pre_mdt_summary: JSON.stringify(details.summary),
        presenter_user_id: await presenterOf(trx, meeting.service_id, input.presenterUserId),
        updated_at: at,
      })
      .where('id', '=', c.id)
      .execute();
    const fields = ['question', 'referrer', 'summary', 'presenter'];
    await auditMdt(
      ctx,
      trx,
      actor,
      'mdt.case.edit',
      { type: 'mdt_case', id: c.id },
      { meeting_id: c.meeting_id, fields },
    );
    return c.id;
  });
  return readCase(ctx.db, result);
}
