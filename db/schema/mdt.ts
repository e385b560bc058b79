import type { ColumnType, Generated, Selectable } from 'kysely';
import type { JsonValue } from '../../contracts/vocabulary';
import type { CreatedAt, Fixed, FixedJson, Timestamp } from './columns';

/**
 * Multidisciplinary team meetings: the meeting, the patients' cases on its list, and each case's
 * outcome, which is versioned rather than edited so every signed-off decision stays on record.
 */

/** A scheduled MDT meeting of one service, with its chair. */
export interface MdtMeetingTable {
  id: Generated<string>;
  service_id: string;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  chair_user_id: string | null;
  created_at: CreatedAt;
}

/** A patient's case on a meeting's list, in order, with the question put to the team. */
export interface MdtCaseTable {
  id: Generated<string>;
  meeting_id: string;
  patient_id: string;
  position: number;
  question: string;
  presenter_user_id: string | null;
  created_at: CreatedAt;
}

/** One version of a case's outcome. A change is a new version; rows are never updated. */
export interface MdtOutcomeTable {
  id: Generated<string>;
  case_id: Fixed<string>;
  version: Fixed<number>;
  summary: Fixed<string>;
  actions: FixedJson<JsonValue[]>;
  recorded_by: Fixed<string>;
  recorded_at: CreatedAt;
  signed_off_by: Fixed<string | null>;
  signed_off_at: ColumnType<Date | null, Date | string | null, never>;
}

/** An outcome version as read back, for the case view and sign-off. */
export type MdtOutcome = Selectable<MdtOutcomeTable>;
