import type { ColumnType } from 'kysely';
import type { Timestamp } from './columns';

/**
 * Clinicians from outside an MDT's team, asked to one of its meetings by link. The link itself is an
 * invite (db/schema/sign-in.ts: name, window, use, withdrawal); these are what only such a link has.
 */

/** What the coordinator recorded about the person a meeting's external link is for. */
export interface MdtExternalInviteTable {
  jti: string;
  meeting_id: string;
  /** Free text, as the coordinator wrote it: "Consultant radiologist, St Elsewhere NHS FT". */
  role_and_organisation: string;
  /** Recorded only: Convene sends nothing to it. */
  email: ColumnType<string | null, string | null | undefined, never>;
}

/** One stay of an external clinician in the meeting's call, from the call's own join and leave. */
export interface MdtExternalAttendanceTable {
  id: ColumnType<string, string | undefined, never>;
  meeting_id: string;
  invite_jti: string;
  joined_at: Timestamp;
  left_at: Timestamp | null;
}
