import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AuditEntry } from '../../audit/audit-log';
import type { Identity } from '../../access/authorize';
import type { EventMap } from './event-bus';

/** Who is acting: the identity `may` judges, the name others see, and where from (for the audit trail). */
export interface Actor {
  identity: Identity;
  name: string;
  ip?: string | undefined;
}

/** Appends one event to the audit trail, in the given transaction when there is one. */
export type AuditAppend = (db: Kysely<Database> | Transaction<Database>, entry: AuditEntry) => Promise<unknown>;

/** What every area of the domain works with: built once per area, typed by the events that area announces. */
export interface DomainContext<M extends EventMap = EventMap> {
  db: Kysely<Database>;
  audit: AuditAppend;
  now(): Date;
  /** Called only after the change an event describes has been committed. */
  emit<E extends keyof M & string>(event: E, ...payload: M[E]): void;
}

/** The audit trail's view of an actor: who, in which role (the name is not evidence; the id is). */
export const auditActor = (actor: Actor) => ({ id: actor.identity.id, role: actor.identity.role });
