import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';
import type { DomainContext } from '../kernel/context';

/** What the administration use cases work with: the database, the audit trail and a clock; they announce nothing. */
export type AdminContext = Pick<DomainContext, 'db' | 'audit' | 'now'>;

/** The context the HTTP routes and the command line build over one database, so both audit alike. */
export function adminContext(db: Kysely<Database>, now: () => Date = () => new Date()): AdminContext {
  return { db, audit: appendAudit, now };
}
