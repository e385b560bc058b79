import type { ColumnType, Generated, Selectable } from 'kysely';
import type { GuestKind, InviteScope } from '../../contracts/vocabulary';
import type { CreatedAt, Timestamp } from './columns';

/**
 * How people get in: invite links for guests, sessions for staff who signed in, and the failed
 * attempts the sign-in throttle counts. Together they are what identity/ reads and writes.
 */

/** An invite link a guest opens, scoped to one consultation or service, by its token id. */
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
  /** The patient the link is for, so the consultation it leads to carries them. */
  patient_id: ColumnType<string | null, string | null | undefined, never>;
  /** The fixed waiting-area link this invite was minted from, for one arrival. */
  fixed_link_id: ColumnType<string | null, string | null | undefined, never>;
  /** The date of birth an arrival by a fixed link gave ("YYYY-MM-DD"), unverified. */
  date_of_birth: ColumnType<string | null, string | null | undefined, never>;
}

/** A service's published, reusable link to its waiting area; withdrawn to turn it off. */
export interface FixedLinkTable {
  id: Generated<string>;
  service_id: string;
  created_by: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

/** An arrival by a fixed link from one address: what its rate limit counts. */
export interface FixedLinkArrivalTable {
  id: ColumnType<number, never, never>;
  address: string;
  at: Timestamp;
}

/** A staff sign-in that can be refreshed and revoked, behind the session cookie. */
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

/** A sign-in from one address that failed or is still being checked: what the throttle counts. */
export interface SignInAttemptTable {
  id: ColumnType<number, never, never>;
  address: string;
  at: Timestamp;
}

/** An invite as read back, for opening, listing and revoking links. */
export type Invite = Selectable<InviteTable>;
/** A fixed link as read back, to show, turn off, and arrive by. */
export type FixedLink = Selectable<FixedLinkTable>;
/** A session as read back, for refreshing and checking a sign-in. */
export type Session = Selectable<SessionTable>;
