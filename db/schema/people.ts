import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Presence, StaffRole } from '../../contracts/vocabulary';
import type { CreatedAt, Timestamp } from './columns';

/**
 * The people Convene knows by name: staff accounts, who sign in, and patients, who are cared for.
 * Guests are not here: they exist only as an invite and a participant row.
 */

/** A staff account: its sign-in, lockout and the presence others see in the queue. */
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

/** A patient, matched by NHS number where one is known. */
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

/** A staff account as read back, for sign-in, presence and administration. */
export type User = Selectable<UserTable>;
/** The columns to give when creating an account, for the records and seed data that do. */
export type NewUser = Insertable<UserTable>;
/** The columns an account change may set, for sign-in bookkeeping and administration. */
export type UserUpdate = Updateable<UserTable>;
/** A patient as read back, for bookings, consultations and MDT cases. */
export type Patient = Selectable<PatientTable>;
