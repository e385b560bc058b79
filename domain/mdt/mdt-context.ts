import type { Kysely, Transaction } from 'kysely';
import type { Database, JsonObject } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type Actor, type DomainContext } from '../kernel/context';

/** What the MDT set-up use cases work with: the database, the audit trail and a clock; they announce nothing yet. */
export type MdtContext = Pick<DomainContext, 'db' | 'audit' | 'now'>;

/** The context the HTTP routes build over one database, so every use case audits alike. */
export function mdtContext(db: Kysely<Database>, now: () => Date = () => new Date()): MdtContext {
  return { db, audit: appendAudit, now };
}

/** Records one MDT change in the transaction that makes it, so the trail and the change stand or fall together. */
export function auditMdt(
  ctx: MdtContext,
  trx: Transaction<Database>,
  actor: Actor,
  action: string,
  resource: { type: string; id: string },
  details: JsonObject = {},
): Promise<unknown> {
  return ctx.audit(trx, { actor: auditActor(actor), action, resource, ip: actor.ip ?? null, details });
}
