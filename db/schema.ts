import type { AuditChainHeadTable, AuditEventTable } from './schema/audit';
import type { ChatMessageTable, ConsultationEventTable } from './schema/consultation-history';
import type { AppointmentTable, ConsultationParticipantTable, ConsultationTable } from './schema/consultations';
import type { FileTable } from './schema/files';
import type { MdtCaseTable, MdtMeetingTable, MdtOutcomeTable } from './schema/mdt';
import type { MdtOutcomeDraftTable, MdtOutcomeFieldTable } from './schema/mdt-outcomes';
import type { MdtAttendanceTable, MdtCaseDiscussionTable, MdtMeetingLiveTable } from './schema/mdt-live';
import type { MdtExternalAttendanceTable, MdtExternalInviteTable } from './schema/mdt-external';
import type { MdtMeetingInviteeTable, MdtMemberRoleTable, MdtSettingsTable } from './schema/mdt';
import type { OrganisationTable, ServiceMemberTable, ServiceTable } from './schema/organisations';
import type { PatientTable, UserTable } from './schema/people';
import type {
  FixedLinkArrivalTable,
  FixedLinkTable,
  InviteTable,
  SessionTable,
  SignInAttemptTable,
} from './schema/sign-in';

/**
 * The typed shape of the database, kept in step with db/migrations by hand: Kysely checks every
 * query against it. Each area's tables live in db/schema/; this index is what importers name, so
 * a new table is added to its area's file, to `Database` below, and in a migration.
 */

// The words the columns hold come from contracts, so db code can take them from the schema too.
export * from '../contracts/vocabulary';
export * from './schema/organisations';
export * from './schema/people';
export * from './schema/consultations';
export * from './schema/consultation-history';
export * from './schema/files';
export * from './schema/mdt';
export * from './schema/mdt-outcomes';
export * from './schema/mdt-live';
export * from './schema/mdt-external';
export * from './schema/sign-in';
export * from './schema/audit';

/** Every table by its SQL name: what `Kysely<Database>` checks each query against. */
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
  mdt_outcome_drafts: MdtOutcomeDraftTable;
  mdt_outcome_fields: MdtOutcomeFieldTable;
  mdt_settings: MdtSettingsTable;
  mdt_member_roles: MdtMemberRoleTable;
  mdt_meeting_invitees: MdtMeetingInviteeTable;
  mdt_meeting_live: MdtMeetingLiveTable;
  mdt_case_discussions: MdtCaseDiscussionTable;
  mdt_attendance: MdtAttendanceTable;
  mdt_external_invites: MdtExternalInviteTable;
  mdt_external_attendance: MdtExternalAttendanceTable;
  invites: InviteTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  sign_in_attempts: SignInAttemptTable;
  fixed_links: FixedLinkTable;
  fixed_link_arrivals: FixedLinkArrivalTable;
}
