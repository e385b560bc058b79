import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/audit-log';
import type { Database } from '../../db/schema';
import type { DomainContext } from '../kernel/context';

/** What the organisation pages' use cases work with: they read and audit, and announce nothing. */
export type OrganisationViewContext = Pick<DomainContext, 'db' | 'audit' | 'now'>;

/** The context the HTTP routes build over one database, so every reading is audited alike. */
export function organisationViewContext(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): OrganisationViewContext {
  return { db, audit: appendAudit, now };
}
