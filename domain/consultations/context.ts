import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AuditEntry } from '../../audit/audit-log';
import type { Actor, ConsultationEventMap, ConsultationEventName } from './types';

/** Appends one event to the audit trail, in the given transaction when there is one. */
export type AuditAppend = (db: Kysely<Database> | Transaction<Database>, entry: AuditEntry) => Promise<unknown>;

/** What each part of the domain works with; the Consultations class builds it once. */
export interface DomainContext {
  db: Kysely<Database>;
  audit: AuditAppend;
  now(): Date;
  /** Called only after the change an event describes has been committed. */
  emit<E extends ConsultationEventName>(event: E, ...payload: ConsultationEventMap[E]): void;
}

export const auditActor = (actor: Actor) => ({ id: actor.identity.id, role: actor.identity.role });
