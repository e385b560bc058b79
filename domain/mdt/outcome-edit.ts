import type { Transaction } from 'kysely';
import type { Database, JsonValue } from '../../db/schema';
import { FIELD_VALUES, isOutcomeField, type ActionItem } from '../../contracts/mdt-outcome';
import { change } from '../kernel/change';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { refuse } from '../kernel/refuse';
import { auditCase, authoriseOnCase, lockCase, type OutcomeCase } from './outcome-case';
import type { OutcomeContext } from './outcome-context';
import { ensureDraft, readDraft, type FieldState } from './outcome-draft';

/** An edit's answer: applied (the field's new state), or a clash with whoever wrote it since. */
export type FieldEdit = { applied: true; field: FieldState } | { applied: false; conflict: FieldState };

const SIGNED = 'this outcome has been signed off and cannot be edited: the chair or coordinator must amend it';

/** Action owners must be staff of the MDT's own service: an id sent by the browser is checked, not trusted. */
async function checkOwners(trx: Transaction<Database>, c: OutcomeCase, actions: ActionItem[] | null) {
  const owners = [...new Set((actions ?? []).map((a) => a.ownerUserId.toLowerCase()))];
  if (!owners.length) return;
  const members = await trx
    .selectFrom('service_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.service_id', '=', c.serviceId)
    .where('u.id', 'in', owners)
    .where('u.role', 'in', ['clinician', 'nurse', 'coordinator'])
    .execute();
  if (members.length !== owners.length)
    throw new DomainError('bad_request', 'each action must be owned by a member of this MDT');
}

/**
 * Writes one field of a case's draft, only on top of the version its author last saw
 * (`baseVersion`). Otherwise nothing is written and the answer is the field as it now stands, with
 * who wrote it: never a silent overwrite. Edits to different fields never clash. Each write is one
 * transaction, so what was typed is on disk when this returns (the browser sends every ~300 ms).
 */
export async function editOutcomeField(
  ctx: OutcomeContext,
  actor: Actor,
  input: { caseId: string; field: string; value: unknown; baseVersion: number },
): Promise<FieldEdit> {
  const { field } = input;
  if (!isOutcomeField(field)) throw new DomainError('not_found', `an outcome has no field "${field}"`);
  const authorise = () => authoriseOnCase(ctx, actor, 'mdt.outcome.write', input.caseId);
  const parsed = FIELD_VALUES[field].safeParse(input.value);
  const { result } = await change(ctx, { authorise, lock: lockCase }, async (trx, c, at) => {
    if (!parsed.success) throw new DomainError('bad_request', `${field}: ${parsed.error.issues[0]?.message}`);
    if (field === 'actions') await checkOwners(trx, c, parsed.data as ActionItem[] | null);
    await ensureDraft(trx, c.id, at);
    const draft = await readDraft(trx, c.id);
    if (draft.state === 'signed') return 'signed' as const;
    const current = draft.fields[field];
    if (current.version !== input.baseVersion) {
      await auditCase(ctx, trx, actor, 'mdt.outcome.field.conflict', c.id, {
        field,
        base: input.baseVersion,
        current: current.version,
      });
      return { applied: false, conflict: current } satisfies FieldEdit;
    }
    const value = JSON.stringify(parsed.data as JsonValue);
    const version = current.version + 1;
    const row = { value, version, edited_by: actor.identity.id, edited_at: at };
    if (current.version === 0)
      await trx
        .insertInto('mdt_outcome_fields')
        .values({ case_id: c.id, field, ...row })
        .execute();
    else
      await trx
        .updateTable('mdt_outcome_fields')
        .set(row)
        .where('case_id', '=', c.id)
        .where('field', '=', field)
        .execute();
    await trx.updateTable('mdt_outcome_drafts').set({ updated_at: at }).where('case_id', '=', c.id).execute();
    await auditCase(ctx, trx, actor, 'mdt.outcome.field.edit', c.id, { field, version });
    const editedBy = { id: actor.identity.id, name: actor.name };
    return {
      applied: true,
      field: { value: parsed.data as JsonValue, version, editedBy, editedAt: at },
    } satisfies FieldEdit;
  });
  if (result === 'signed')
    return refuse(ctx, actor, 'mdt.outcome.write', { type: 'mdt_case', id: input.caseId.toLowerCase() }, SIGNED);
  return result;
}
