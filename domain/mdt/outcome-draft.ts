import type { Kysely, Transaction } from 'kysely';
import type { Database, JsonValue, OutcomeDraftState } from '../../db/schema';
import { emptyValues, OUTCOME_FIELDS, type OutcomeField, type OutcomeValues } from '../../contracts/mdt-outcome';

/** One field of the draft as its editors see it: the value, its version, and who wrote it when. */
export interface FieldState {
  value: JsonValue;
  /** 0 while nobody has written it; an edit must name the version it was made on. */
  version: number;
  editedBy: { id: string; name: string } | null;
  editedAt: Date | null;
}

/** A case's draft: open or signed, what it amends, and every field. */
export interface Draft {
  state: OutcomeDraftState;
  amends: { version: number; reason: string } | null;
  fields: Record<OutcomeField, FieldState>;
}

const unwritten = (): FieldState => ({ value: null, version: 0, editedBy: null, editedAt: null });

/** The draft as it stands (every field, unwritten ones at version 0); a case never edited is an empty open draft. */
export async function readDraft(db: Kysely<Database> | Transaction<Database>, caseId: string): Promise<Draft> {
  const head = await db
    .selectFrom('mdt_outcome_drafts')
    .select(['state', 'amends_version', 'amendment_reason'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('mdt_outcome_fields as f')
    .innerJoin('users as u', 'u.id', 'f.edited_by')
    .select(['f.field', 'f.value', 'f.version', 'f.edited_at', 'u.id as userId', 'u.display_name'])
    .where('f.case_id', '=', caseId)
    .execute();
  const fields = Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, unwritten()])) as Record<OutcomeField, FieldState>;
  for (const r of rows) {
    if (!(OUTCOME_FIELDS as string[]).includes(r.field)) continue;
    fields[r.field as OutcomeField] = {
      value: r.value,
      version: r.version,
      editedBy: { id: r.userId, name: r.display_name },
      editedAt: r.edited_at,
    };
  }
  const amends =
    head?.amends_version != null ? { version: head.amends_version, reason: head.amendment_reason ?? '' } : null;
  return { state: head?.state ?? 'editing', amends, fields };
}

/** The draft's values alone, as a sign-off freezes them. */
export function valuesOf(draft: Draft): OutcomeValues {
  const values = emptyValues() as Record<OutcomeField, unknown>;
  for (const f of OUTCOME_FIELDS) values[f] = draft.fields[f].value;
  return values as OutcomeValues;
}

/**
 * Makes sure the case has its draft row (called under the case's lock). A case signed before it had
 * a draft (a whole version recorded at once) starts signed, so it too is changed only by amendment.
 */
export async function ensureDraft(trx: Transaction<Database>, caseId: string, at: Date): Promise<void> {
  const draft = await trx
    .selectFrom('mdt_outcome_drafts')
    .select('case_id')
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (draft) return;
  const signed = await trx
    .selectFrom('mdt_outcomes')
    .select('version')
    .where('case_id', '=', caseId)
    .where('signed_off_by', 'is not', null)
    .executeTakeFirst();
  await trx
    .insertInto('mdt_outcome_drafts')
    .values({ case_id: caseId, state: signed ? 'signed' : 'editing', updated_at: at })
    .execute();
}

/** Reopens the draft on the signed values: a field its draft never held is written from the version, as its signer's. */
export async function seedFrom(
  trx: Transaction<Database>,
  caseId: string,
  draft: Draft,
  signed: { values: OutcomeValues; signedBy: { id: string } },
  at: Date,
): Promise<void> {
  for (const field of OUTCOME_FIELDS) {
    const value = signed.values[field];
    if (draft.fields[field].version > 0 || value === null) continue;
    const row = { case_id: caseId, field, value: JSON.stringify(value), version: 1, edited_by: signed.signedBy.id };
    await trx
      .insertInto('mdt_outcome_fields')
      .values({ ...row, edited_at: at })
      .execute();
  }
}
