import type { Generated } from 'kysely';
import type { Timestamp } from './columns';

/** Which case a running meeting has on everyone's screen, and who put it there when. */
export interface MdtMeetingLiveTable {
  meeting_id: string;
  current_case_id: string | null;
  moved_by: string;
  moved_at: Timestamp;
}

/** A stretch of time a case was on screen: per-case attendance and quorum are read against it. */
export interface MdtCaseDiscussionTable {
  id: Generated<string>;
  meeting_id: string;
  case_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
}

/** One stay of one person in a meeting's call, from the call's own join and leave. */
export interface MdtAttendanceTable {
  id: Generated<string>;
  meeting_id: string;
  user_id: string;
  joined_at: Timestamp;
  left_at: Timestamp | null;
}
