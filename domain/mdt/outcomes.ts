import type { Kysely, Transaction } from 'kysely';
import type { Database, JsonValue, MdtOutcome } from '../../db/schema';
import { may, type Identity } from '../../access/authorize';
import { appendAudit } from '../../audit/audit-log';
import { change } from '../kernel/change';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';

/** A whole outcome version as recorded at once, for recordOutcome. */
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

/** The case's row locked, so concurrent writers of one case queue instead of failing one of them. */
async function lockCase(trx: Transaction<Database>, caseId: string): Promise<{ id: string }> {
  return trx.selectFrom('mdt_cases').select('id').where('id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
}

/**
 * Adds the next version of a case's outcome as a whole (summary and actions), for imports and the
 * data layer's tests; the live form edits a draft field by field (outcome-edit.ts) and signs it off
 * with signOff (outcome-sign-off.ts). Adds the next version of a case's outcome, for someone `may` allows (a refusal is audited).
 * Versions are never edited: a correction or a sign-off is a new row, so what was agreed at each
 * point stays readable.
 */
export async function recordOutcome(db: Kysely<Database>, v: OutcomeVersion): Promise<MdtOutcome> {
  const ctx = { db, audit: appendAudit, now: () => new Date() };
  const action = v.signOff ? 'mdt.outcome.signoff' : 'mdt.outcome.write';
  const actor: Actor = { identity: v.recordedBy, name: v.recordedBy.id, ip: v.ip ?? undefined };
  const authorise = async (): Promise<string> => {
    const caseId = requireId(v.caseId, 'MDT case');
    const mdtCase = await db
      .selectFrom('mdt_cases')
      .innerJoin('mdt_meetings', 'mdt_meetings.id', 'mdt_cases.meeting_id')
      .select(['mdt_cases.id', 'mdt_meetings.service_id as serviceId', 'mdt_meetings.chair_user_id as chair'])
      .where('mdt_cases.id', '=', caseId)
      .executeTakeFirst();
    if (!mdtCase) throw new DomainError('not_found', 'there is no such MDT case');
    const decision = may(v.recordedBy, action, { type: 'mdt_case', id: mdtCase.id, serviceId: mdtCase.serviceId });
    if (!decision.allowed) await refuse(ctx, actor, action, { type: 'mdt_case', id: mdtCase.id }, decision.reason);
    // Sign-off is the meeting's chair's alone, here as in the live draft's signOff.
    if (v.signOff && mdtCase.chair !== v.recordedBy.id)
      await refuse(ctx, actor, action, { type: 'mdt_case', id: mdtCase.id }, "only the meeting's chair may sign off");
    return caseId;
  };
  const { result } = await change(ctx, { authorise, lock: lockCase }, async (trx, mdtCase, at) => {
    const { latest } = await trx
      .selectFrom('mdt_outcomes')
      .select((eb) => eb.fn.max('version').as('latest'))
      .where('case_id', '=', mdtCase.id)
      .executeTakeFirstOrThrow();
    const outcome = await trx
      .insertInto('mdt_outcomes')
      .values({
        case_id: mdtCase.id,
        version: (latest ?? 0) + 1,
        summary: v.summary,
        actions: JSON.stringify(v.actions ?? []),
        recorded_by: v.recordedBy.id,
        signed_off_by: v.signOff ? v.recordedBy.id : null,
        signed_off_at: v.signOff ? at : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const resource = { type: 'mdt_case', id: mdtCase.id };
    const details = { version: outcome.version };
    await appendAudit(trx, { actor: auditActor(actor), action, resource, ip: v.ip ?? null, details });
    return outcome;
  });
  return result;
}
