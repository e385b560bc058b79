import type { Kysely, Transaction } from 'kysely';
import type { Database, JsonObject } from '../../db/schema';
import { emptyValues, type OutcomeValues } from '../../contracts/mdt-outcome';

/** A signed version of an outcome: every field as signed, by whom and when, and why it amends the last. */
export interface SignedVersion {
  version: number;
  values: OutcomeValues;
  signedBy: { id: string; name: string };
  signedAt: Date;
  amendmentReason: string | null;
}

/** Versions written before outcomes had fields carry only a summary: read it as the recommendation. */
function valuesFrom(fields: JsonObject, summary: string): OutcomeValues {
  const values = { ...emptyValues(), ...(fields as Partial<OutcomeValues>) };
  return Object.keys(fields).length ? values : { ...values, recommendation: summary };
}

/** Every signed version of a case's outcome, oldest first (unsigned rows of the old model are not outcomes). */
export async function signedVersions(
  db: Kysely<Database> | Transaction<Database>,
  caseId: string,
): Promise<SignedVersion[]> {
  const rows = await db
    .selectFrom('mdt_outcomes as o')
    .innerJoin('users as u', 'u.id', 'o.signed_off_by')
    .select(['o.version', 'o.fields', 'o.summary', 'o.signed_off_at', 'o.amendment_reason', 'u.id', 'u.display_name'])
    .where('o.case_id', '=', caseId)
    .where('o.signed_off_by', 'is not', null)
    .orderBy('o.version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    values: valuesFrom(r.fields, r.summary),
    signedBy: { id: r.id, name: r.display_name },
    signedAt: r.signed_off_at!,
    amendmentReason: r.amendment_reason,
  }));
}

/** The highest version number a case's outcome has (0 when none): the next is one more. */
export async function latestVersion(trx: Transaction<Database>, caseId: string): Promise<number> {
  const { latest } = await trx
    .selectFrom('mdt_outcomes')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return latest ?? 0;
}
