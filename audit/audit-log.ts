import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { inTransaction } from '../db/in-transaction';
import type { AuditEvent, Database, JsonObject } from '../db/schema';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor?: { id: string; role: string } | null;
  action: string;
  resource?: { type: string; id: string } | null;
  ip?: string | null;
  details?: JsonObject;
  at?: Date;
}

type HashedFields = Pick<
  AuditEvent,
  'id' | 'at' | 'actor_id' | 'actor_role' | 'action' | 'resource_type' | 'resource_id' | 'ip' | 'details' | 'prev_hash'
>;

/** SHA-256 over every field of the event, the previous event's hash included: the chain's link. */
export function auditHash(e: HashedFields): string {
  const at = e.at instanceof Date ? e.at : new Date(e.at);
  const text = canonicalJson({
    id: e.id,
    at: at.toISOString(),
    actor_id: e.actor_id,
    actor_role: e.actor_role,
    action: e.action,
    resource_type: e.resource_type,
    resource_id: e.resource_id,
    ip: e.ip,
    details: e.details,
    prev_hash: e.prev_hash,
  });
  return createHash('sha256').update(text).digest('hex');
}

async function appendIn(trx: Transaction<Database>, entry: AuditEntry): Promise<AuditEvent> {
  // Every writer locks the one head row first, so events get consecutive ids and each links to the
  // true previous event even with many writers on PostgreSQL.
  const head = await trx
    .selectFrom('audit_chain_head')
    .select(['last_id', 'last_hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const event: AuditEvent = {
    id: head.last_id + 1,
    at: entry.at ?? new Date(),
    actor_id: entry.actor?.id ?? null,
    actor_role: entry.actor?.role ?? null,
    action: entry.action,
    resource_type: entry.resource?.type ?? null,
    resource_id: entry.resource?.id ?? null,
    ip: entry.ip ?? null,
    // Round-trip so that what is hashed is exactly what jsonb will give back (no undefined, no Dates).
    details: JSON.parse(JSON.stringify(entry.details ?? {})) as JsonObject,
    prev_hash: head.last_hash,
    hash: '',
  };
  event.hash = auditHash(event);
  await trx
    .insertInto('audit_events')
    .values({ ...event, details: JSON.stringify(event.details) })
    .execute();
  await trx
    .updateTable('audit_chain_head')
    .set({ last_id: event.id, last_hash: event.hash })
    .where('id', '=', 1)
    .execute();
  return event;
}

/**
 * Appends one event to the chain. Given a transaction, the event commits or rolls back with the
 * change it records; given the database, it runs in a transaction of its own.
 */
export function appendAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<AuditEvent> {
  return inTransaction(db, (trx) => appendIn(trx, entry));
}
