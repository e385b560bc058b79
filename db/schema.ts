import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The typed shape of the database, kept in step with db/migrations by hand: Kysely checks every
 * query against it. Later issues extend it together with a new migration.
 */

/** A timestamp: read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Set by the database on insert and never changed afterwards. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** Rows of tables that never change once written: no column may be updated. */
type Fixed<T> = ColumnType<T, T, never>;

export * from '../contracts/vocabulary';
import type {
  OrganisationKind,
  ServiceKind,
  StaffRole,
  Presence,
  ConsultationStatus,
  GuestKind,
  ConsultationEventKind,
  Precheck,
  InviteScope,
  OpeningHours,
  JsonValue,
  JsonObject,
} from '../contracts/vocabulary';

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  ods_code: string | null;
  created_at: CreatedAt;
}

export interface ServiceTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  kind: ServiceKind;
  opening_hours: ColumnType<OpeningHours, string, string>;
  created_at: CreatedAt;
}

export interface ServiceMemberTable {
  service_id: string;
  user_id: string;
  added_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  organisation_id: string;
  username: string;
  display_name: string;
  role: StaffRole;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  presence: Generated<Presence>;
  on_call: Generated<boolean>;
  disabled_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface PatientTable {
  id: Generated<string>;
  nhs_number: string | null;
  given_name: string;
  family_name: string;
  /** An ISO calendar date, "YYYY-MM-DD", read back as the same string on both databases. */
  date_of_birth: string;
  organisation_id: string | null;
  created_at: CreatedAt;
}

export interface AppointmentTable {
  id: Generated<string>;
  service_id: string;
  patient_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  cancelled_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ConsultationTable {
  id: Generated<string>;
  service_id: string;
  patient_id: string | null;
  appointment_id: string | null;
  requested_by: string | null;
  requester_organisation_id: string | null;
  status: Generated<ConsultationStatus>;
  reason: string | null;
  created_at: CreatedAt;
  admitted_at: Timestamp | null;
  ended_at: Timestamp | null;
  priority: Generated<number>;
  /** Since when someone has waited (again, after a hold or transfer); null when nobody is waiting. */
  waiting_since: Timestamp | null;
  precheck: ColumnType<Precheck | null, string | null, string | null>;
  room_id: string | null;
  notes: string | null;
  notes_updated_at: Timestamp | null;
  notes_updated_by: string | null;
}

export interface ConsultationParticipantTable {
  id: Generated<string>;
  consultation_id: string;
  user_id: string | null;
  invite_jti: string | null;
  display_name: string;
  role: string;
  joined_at: CreatedAt;
  left_at: Timestamp | null;
  /** A guest's identity id (from their invite), so a reload finds their row again. */
  guest_id: string | null;
  precheck: ColumnType<Precheck | null, string | null, string | null>;
}

/** One step of a consultation's timeline. Rows are never updated. */
export interface ConsultationEventTable {
  id: Generated<number>;
  consultation_id: Fixed<string>;
  kind: Fixed<ConsultationEventKind>;
  actor_id: Fixed<string | null>;
  actor_role: Fixed<string | null>;
  actor_name: Fixed<string | null>;
  details: ColumnType<JsonObject, string, never>;
  at: ColumnType<Date, Date | string, never>;
}

export interface ChatMessageTable {
  id: Generated<string>;
  consultation_id: string;
  participant_id: string;
  body: Fixed<string>;
  sent_at: CreatedAt;
}

export interface FileTable {
  id: Generated<string>;
  consultation_id: string | null;
  mdt_case_id: string | null;
  uploaded_by: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** Small files live in the row; large ones on disk under `storage_path`. Exactly one is set. */
  content: Uint8Array | null;
  storage_path: string | null;
  created_at: CreatedAt;
}

export interface MdtMeetingTable {
  id: Generated<string>;
  service_id: string;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  chair_user_id: string | null;
  created_at: CreatedAt;
}

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
  actions: ColumnType<JsonValue[], string, never>;
  recorded_by: Fixed<string>;
  recorded_at: CreatedAt;
  signed_off_by: Fixed<string | null>;
  signed_off_at: ColumnType<Date | null, Date | string | null, never>;
}

export interface InviteTable {
  jti: string;
  scope_kind: InviteScope;
  scope_id: string;
  guest_kind: GuestKind;
  display_name: string | null;
  appointment_id: string | null;
  expires_at: Timestamp;
  /** With grace already applied: the link works only between these two instants when set. */
  window_start: Timestamp | null;
  window_end: Timestamp | null;
  single_use: boolean;
  use_count: Generated<number>;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface SessionTable {
  id: Generated<string>;
  user_id: string;
  /** SHA-256 of the secret half of the cookie; the secret itself is never stored. */
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_refreshed_at: Timestamp | null;
  revoked_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventTable {
  id: Fixed<number>;
  at: ColumnType<Date, Date | string, never>;
  actor_id: Fixed<string | null>;
  actor_role: Fixed<string | null>;
  action: Fixed<string>;
  resource_type: Fixed<string | null>;
  resource_id: Fixed<string | null>;
  ip: Fixed<string | null>;
  details: ColumnType<JsonObject, string, never>;
  prev_hash: Fixed<string>;
  hash: Fixed<string>;
}

/** A sign-in from one address that failed or is still being checked: what the throttle counts. */
export interface SignInAttemptTable {
  id: ColumnType<number, never, never>;
  address: string;
  at: Timestamp;
}

/** One row: the last event of the chain, locked by every append so writers queue up. */
export interface AuditChainHeadTable {
  id: ColumnType<number, number, never>;
  last_id: number;
  last_hash: string;
}

export interface Database {
  organisations: OrganisationTable;
  services: ServiceTable;
  service_members: ServiceMemberTable;
  users: UserTable;
  patients: PatientTable;
  appointments: AppointmentTable;
  consultations: ConsultationTable;
  consultation_participants: ConsultationParticipantTable;
  consultation_events: ConsultationEventTable;
  chat_messages: ChatMessageTable;
  files: FileTable;
  mdt_meetings: MdtMeetingTable;
  mdt_cases: MdtCaseTable;
  mdt_outcomes: MdtOutcomeTable;
  invites: InviteTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  sign_in_attempts: SignInAttemptTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type Service = Selectable<ServiceTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Patient = Selectable<PatientTable>;
export type Consultation = Selectable<ConsultationTable>;
export type ConsultationParticipant = Selectable<ConsultationParticipantTable>;
export type ConsultationEvent = Selectable<ConsultationEventTable>;
export type Invite = Selectable<InviteTable>;
export type Session = Selectable<SessionTable>;
export type AuditEvent = Selectable<AuditEventTable>;
export type MdtOutcome = Selectable<MdtOutcomeTable>;
