import type { Kysely } from 'kysely';
import type { Database, JsonValue, MdtOutcome } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';

export interface OutcomeVersion {
  caseId: string;
  summary: string;
  actions?: JsonValue[];
  recordedBy: { id: string; role: string };
  /** Records this version as signed off by its author. */
  signOff?: boolean;
  ip?: string | null;
}

/**
 * Adds the next version of a case's outcome. Versions are never edited: a correction or a sign-off
 * is a new row, so what was agreed at each point stays readable.
 */
export async function recordOutcome(db: Kysely<Database>, v: OutcomeVersion): Promise<MdtOutcome> {
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
      actor: v.recordedBy,
      action: v.signOff ? 'mdt.outcome.signoff' : 'mdt.outcome.write',
      resource: { type: 'mdt_case', id: v.caseId },
      ip: v.ip ?? null,
      details: { version: outcome.version },
    });
    return outcome;
  });
}
