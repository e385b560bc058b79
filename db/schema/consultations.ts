import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ConsultationStatus, Precheck } from '../../contracts/vocabulary';
import type { CreatedAt, Timestamp } from './columns';

/**
 * The call itself and who is in it: the booking it may come from, the consultation with its place
 * in the queue, and each person's seat in it. These rows change as the call goes on.
 */

/** A pre-check result, stored as JSON text; null until the person has run the check. */
type PrecheckColumn = ColumnType<Precheck | null, string | null, string | null>;

/** A booked slot with a service, so a scheduled call can be found and its invite timed. */
export interface AppointmentTable {
  id: Generated<string>;
  service_id: string;
  patient_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  cancelled_at: Timestamp | null;
  created_at: CreatedAt;
}

/** One consultation from arrival to end: its status, queue order, room and notes. */
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
  precheck: PrecheckColumn;
  room_id: string | null;
  notes: string | null;
  notes_updated_at: Timestamp | null;
  notes_updated_by: string | null;
}

/** A person's seat in a consultation, staff or guest, from joining to leaving. */
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
  precheck: PrecheckColumn;
}

/** A consultation as read back, for the flow, the queue and access checks. */
export type Consultation = Selectable<ConsultationTable>;
/** A participant as read back, for the people list and rejoining. */
export type ConsultationParticipant = Selectable<ConsultationParticipantTable>;
