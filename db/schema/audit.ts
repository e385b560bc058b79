import type { ColumnType, Selectable } from 'kysely';
import type { JsonObject } from '../../contracts/vocabulary';
import type { Fixed, FixedAt, FixedJson } from './columns';

/**
 * The audit trail: a hash chain of events that is only ever appended to, and the one row holding
 * its head, so the verifier can prove nothing was changed or taken out.
 */

/** One audited action, linked to the one before it by hash. Rows are never updated. */
export interface AuditEventTable {
  id: Fixed<number>;
  at: FixedAt;
  actor_id: Fixed<string | null>;
  actor_role: Fixed<string | null>;
  action: Fixed<string>;
  resource_type: Fixed<string | null>;
  resource_id: Fixed<string | null>;
  ip: Fixed<string | null>;
  details: FixedJson<JsonObject>;
  prev_hash: Fixed<string>;
  hash: Fixed<string>;
}

/** One row: the last event of the chain, locked by every append so writers queue up. */
export interface AuditChainHeadTable {
  id: ColumnType<number, number, never>;
  last_id: number;
  last_hash: string;
}

/** An audit event as read back, for the verifier and the audit view. */
export type AuditEvent = Selectable<AuditEventTable>;
