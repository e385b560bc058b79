import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * MDT outcomes edited live: a draft per case with a version per field (an edit names the version it
 * was made on, so a clash is detected rather than lost), and each signed version keeps every field
 * and, for an amendment, its reason. Signed versions stay in mdt_outcomes, append-only as before.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('mdt_outcomes')
    .addColumn('fields', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('amendment_reason', 'text')
    .execute();
  await db.schema
    .createTable('mdt_outcome_drafts')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('mdt_cases.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('editing')
        .check(sql`state in ('editing', 'signed')`),
    )
    .addColumn('amends_version', 'integer')
    .addColumn('amendment_reason', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'mdt_outcome_drafts_amendment_complete',
      sql`(amends_version is null) = (amendment_reason is null)`,
    )
    .execute();
  await db.schema
    .createTable('mdt_outcome_fields')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('mdt_outcome_drafts.case_id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('edited_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('edited_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('mdt_outcome_fields_pk', ['case_id', 'field'])
    .execute();
}
