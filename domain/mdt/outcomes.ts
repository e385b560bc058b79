import type { Kysely } from 'kysely';
import type { Database, JsonValue, MdtOutcome } from '../../db/schema';
import { may, type Identity } from '../../access/authorize';
import { appendAudit } from '../../audit/audit-log';
import { DomainError } from '../consultations/domain-error';

export interface OutcomeVersion {
  caseId: string;
  summary: string;
  actions?: JsonValue[];
  /** Who records it: a member of the MDT's service whose role may write (and, to sign off, sign off). */
  recordedBy: Identity;
  /** Records this version as signed off by its author. */
  signOff?: boolean;
  ip?: string | null;
}

/**
 * Adds the next version of a case's outcome, for someone `may` allows (a refusal is audited). Versions are never edited: a correction or a sign-off
 * is a new row, so what was agreed at each point stays readable.
 */
export async function recordOutcome(db: Kysely<Database>, v: OutcomeVersion): Promise<MdtOutcome> {
  const action = v.signOff ? 'mdt.outcome.signoff' : 'mdt.outcome.write';
  const actor = { id: v.recordedBy.id, role: v.recordedBy.role };
  const mdtCase = await db
    .selectFrom('mdt_cases')
    .innerJoin('mdt_meetings', 'mdt_meetings.id', 'mdt_cases.meeting_id')
    .select(['mdt_cases.id', 'mdt_meetings.service_id as serviceId'])
    .where('mdt_cases.id', '=', v.caseId)
    .executeTakeFirst();
  if (!mdtCase) throw new DomainError('not_found', 'there is no such MDT case');
  const decision = may(v.recordedBy, action, { type: 'mdt_case', id: mdtCase.id, serviceId: mdtCase.serviceId });
  if (!decision.allowed) {
    const details = { action, reason: decision.reason };
    const resource = { type: 'mdt_case', id: mdtCase.id };
    await appendAudit(db, { actor, action: 'access.refused', resource, ip: v.ip ?? null, details });
    throw new DomainError('forbidden', decision.reason);
  }
  return db.transaction().execute(async (trx) => {
    // Locking the case row queues concurrent writers of the same case instead of failing one of them.
    await trx.selectFrom('mdt_cases').select('id').where('id', '=', v.caseId).forUpdate().executeTakeFirstOrThrow();
    const { latest } = await trx
      .selectFrom('mdt_outcomes')
      .select((eb) => eb.fn.max('version').as('latest'))
      .where('case_id', '=', v.caseId)
      .executeTakeFirstOrThrow();
    const now = new Date();
    const outcome = await trx
      .insertInto('mdt_outcomes')
      .values({
        case_id: v.caseId,
        version: (latest ?? 0) + 1,
        summary: v.summary,
        actions: JSON.stringify(v.actions ?? []),
        recorded_by: v.recordedBy.id,
        signed_off_by: v.signOff ? v.recordedBy.id : null,
        signed_off_at: v.signOff ? now : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action,
      resource: { type: 'mdt_case', id: v.caseId },
      ip: v.ip ?? null,
      details: { version: outcome.version },
    });
    return outcome;
  });
}
