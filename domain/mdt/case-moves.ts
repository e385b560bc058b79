import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { change } from '../kernel/change';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireListed } from './case-list';
import { readCase, type MdtCaseView } from './case-view';
import { authoriseCase } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';

type CaseInScope = Awaited<ReturnType<typeof authoriseCase>>;

/** The case's row locked, so two coordinators moving one case queue instead of both moving it. */
const lockCase = (trx: Transaction<Database>, c: CaseInScope) =>
  trx.selectFrom('mdt_cases').selectAll().where('id', '=', c.id).forUpdate().executeTakeFirstOrThrow();

/** The next meeting of the same MDT after this one that is not yet over, locked to take the case. */
async function nextMeeting(trx: Transaction<Database>, c: Pick<CaseInScope, 'service_id' | 'starts_at'>, at: Date) {
  return trx
    .selectFrom('mdt_meetings')
    .select(['id', 'starts_at'])
    .where('service_id', '=', c.service_id)
    .where('starts_at', '>', c.starts_at)
    .where('ends_at', '>', at)
    .orderBy('starts_at')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * A case not reached (or waiting on results) moves to the next meeting of the same MDT, at the end
 * of its list with its summary and attachments; the old row stays on this meeting's list, marked
 * rolled over and pointing to the new one, so the history reads both ways.
 */
export async function rollOverCase(
  ctx: MdtContext,
  actor: Actor,
  caseId: string,
): Promise<{ from: MdtCaseView; to: MdtCaseView }> {
  const authorise = () => authoriseCase(ctx, actor, 'mdt.meeting.manage', caseId);
  const lock = async (trx: Transaction<Database>, c: CaseInScope) => ({ ...(await lockCase(trx, c)), scope: c });
  const { result, before } = await change(ctx, { authorise, lock }, async (trx, old, at) => {
    requireListed(old.status);
    const next = await nextMeeting(trx, old.scope, at);
    if (!next)
      throw new DomainError(
        'conflict',
        'there is no later meeting of this MDT to roll the case over to: schedule one first',
      );
    const clash = await trx
      .selectFrom('mdt_cases')
      .select('id')
      .where('meeting_id', '=', next.id)
      .where('patient_id', '=', old.patient_id)
      .where('status', '=', 'listed')
      .executeTakeFirst();
    if (clash) throw new DomainError('conflict', "this patient is already on the next meeting's list");
    const { last } = await trx
      .selectFrom('mdt_cases')
      .select((eb) => eb.fn.max('position').as('last'))
      .where('meeting_id', '=', next.id)
      .executeTakeFirstOrThrow();
    const { id: newId } = await trx
      .insertInto('mdt_cases')
      .values({
        meeting_id: next.id,
        patient_id: old.patient_id,
        position: (last ?? 0) + 1,
        question: old.question,
        presenter_user_id: old.presenter_user_id,
        referrer_name: old.referrer_name,
        referrer_organisation: old.referrer_organisation,
        pre_mdt_summary: JSON.stringify(old.pre_mdt_summary),
        added_late: at >= next.starts_at,
        rolled_from_case_id: old.id,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('files').set({ mdt_case_id: newId }).where('mdt_case_id', '=', old.id).execute();
    await trx
      .updateTable('mdt_cases')
      .set({ status: 'rolled_over', rolled_over_to_case_id: newId, updated_at: at })
      .where('id', '=', old.id)
      .execute();
    const details = { to_case_id: newId, to_meeting_id: next.id, from_meeting_id: old.meeting_id };
    await auditMdt(ctx, trx, actor, 'mdt.case.roll_over', { type: 'mdt_case', id: old.id }, details);
    return newId;
  });
  return { from: await readCase(ctx.db, before.id), to: await readCase(ctx.db, result) };
}

/** The team agrees a case follows the standard of care without discussion: it leaves the list to discuss, audited. */
export async function markNotDiscussed(ctx: MdtContext, actor: Actor, caseId: string): Promise<MdtCaseView> {
  const authorise = () => authoriseCase(ctx, actor, 'mdt.meeting.manage', caseId);
  const { before } = await change(ctx, { authorise, lock: lockCase }, async (trx, c, at) => {
    requireListed(c.status);
    await trx
      .updateTable('mdt_cases')
      .set({ status: 'not_discussed_standard_of_care', updated_at: at })
      .where('id', '=', c.id)
      .execute();
    await auditMdt(
      ctx,
      trx,
      actor,
      'mdt.case.not_discussed',
      { type: 'mdt_case', id: c.id },
      { meeting_id: c.meeting_id },
    );
  });
  return readCase(ctx.db, before.id);
}
