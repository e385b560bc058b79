import type { JsonValue } from '../../db/schema';
import { FIELD_VALUES, isOutcomeField, type ActionItem } from '../../contracts/mdt-outcome';
import { change } from '../kernel/change';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { refuse } from '../kernel/refuse';
import { checkActionOwners } from './outcome-action-owners';
import { auditCase, authoriseOnCase, lockCase } from './outcome-case';
import type { OutcomeContext } from './outcome-context';
import { ensureDraft, readDraft, type FieldState } from './outcome-draft';

/** An edit's answer: applied (the field's new state), or a clash with whoever wrote it since. */
export type FieldEdit = { applied: true; field: FieldState } | { applied: false; conflict: FieldState };

const SIGNED = 'this outcome has been signed off and cannot be edited: the chair or coordinator must amend it';

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
    const data =
      field === 'actions'
        ? await checkActionOwners(trx, c.serviceId, parsed.data as ActionItem[] | null, current.value)
        : parsed.data;
    const value = JSON.stringify(data as JsonValue);
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
      field: { value: data as JsonValue, version, editedBy, editedAt: at },
    } satisfies FieldEdit;
  });
  if (result === 'signed')
    return refuse(ctx, actor, 'mdt.outcome.write', { type: 'mdt_case', id: input.caseId.toLowerCase() }, SIGNED);
  return result;
}
