import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';
import type { DomainContext } from '../kernel/context';

/** What the outcome use cases work with: the database, the audit trail and a clock (no events yet). */
export type OutcomeContext = Pick<DomainContext, 'db' | 'audit' | 'now'>;

/** The outcome use cases' context over `db`, auditing to the real trail. */
export const outcomeContext = (db: Kysely<Database>, now = () => new Date()): OutcomeContext => ({
  db,
  audit: appendAudit,
  now,
});
