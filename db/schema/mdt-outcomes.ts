import type { ColumnType, Selectable } from 'kysely';
import type { JsonValue } from '../../contracts/vocabulary';
import type { Timestamp } from './columns';

/**
 * A case's live outcome draft: one row per case saying whether it is open for editing, and one row
 * per field with its own version, so an edit is applied only on top of the version its author saw
 * and two people on one field are told of each other instead of one silently overwriting the other.
 */

/** Whether the draft may be edited: `editing`, or `signed` (frozen into mdt_outcomes until amended). */
export type OutcomeDraftState = 'editing' | 'signed';

/** One case's draft: its state, and when reopened by an amendment, which version it amends and why. */
export interface MdtOutcomeDraftTable {
  case_id: string;
  state: OutcomeDraftState;
  amends_version: number | null;
  amendment_reason: string | null;
  updated_at: Timestamp;
}

/** One field of a draft: its value (JSON), its version (1 on first write), and who wrote it when. */
export interface MdtOutcomeFieldTable {
  case_id: string;
  field: string;
  value: ColumnType<JsonValue, string, string>;
  version: number;
  edited_by: string;
  edited_at: Timestamp;
}

/** A draft's field as read back. */
export type MdtOutcomeFieldRow = Selectable<MdtOutcomeFieldTable>;
