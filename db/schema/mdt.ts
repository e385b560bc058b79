import type { ColumnType, Generated, Selectable } from 'kysely';
import type { JsonObject, JsonValue } from '../../contracts/vocabulary';
import type { MdtCaseStatus, MdtCoreRole, MdtType, PreMdtSummary } from '../../contracts/mdt';
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
  referrer_name: Generated<string>;
  referrer_organisation: Generated<string>;
  /** Validated against contracts' PreMdtSummary on the way in; written as JSON text. */
  pre_mdt_summary: ColumnType<PreMdtSummary, string | undefined, string>;
  status: Generated<MdtCaseStatus>;
  /** Added after the meeting had started, so the panel has not had it to read beforehand. */
  added_late: Generated<boolean>;
  rolled_over_to_case_id: string | null;
  rolled_from_case_id: string | null;
  updated_at: Generated<Date>;
}

/** An MDT's set-up: the kind of team, the roles it needs present to be quorate, its usual chair. */
export interface MdtSettingsTable {
  service_id: string;
  mdt_type: MdtType;
  core_roles: ColumnType<MdtCoreRole[], string, string>;
  usual_chair_user_id: string | null;
  updated_by: string;
  updated_at: Timestamp;
}

/** Which core role a member of an MDT's service holds in it (the radiologist, the CNS…). */
export interface MdtMemberRoleTable {
  service_id: string;
  user_id: string;
  core_role: MdtCoreRole;
}

/** Members of the team asked to a meeting: who is expected, for the invitation and the quorum. */
export interface MdtMeetingInviteeTable {
  meeting_id: string;
  user_id: string;
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
  /** Every field of the outcome as signed (contracts' OutcomeValues); `{}` on versions from before fields. */
  fields: ColumnType<JsonObject, string | undefined, never>;
  /** Why this version amends the one before it; null for a first sign-off. */
  amendment_reason: ColumnType<string | null, string | null | undefined, never>;
}

/** A case as read back, for the list, its moves and its attachments. */
export type MdtCase = Selectable<MdtCaseTable>;
/** A meeting as read back, for scheduling and the case list. */
export type MdtMeeting = Selectable<MdtMeetingTable>;

/** An outcome version as read back, for the case view and sign-off. */
export type MdtOutcome = Selectable<MdtOutcomeTable>;
