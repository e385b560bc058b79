import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { liveCaseQuorum } from '../meeting-attendance';
import { externalsInCall } from './externals-in-call';

/** A meeting as it runs, as everyone following it is told: the case on screen, who is in, quorum. */
export interface LiveState {
  meetingId: string;
  currentCaseId: string | null;
  movedBy: string | null;
  attendees: { userId: string; name: string; coreRole: string | null; present: boolean }[];
  quorum: { met: boolean; missing: string[] };
  /** The case on screen's own quorum so far (`case-attendance.ts`); null with no case on screen or nobody in for it. */
  caseQuorum: { caseId: string; met: boolean; missing: string[] } | null;
}

/** Members of the meeting's MDT, each marked present when they have a stay in its call not yet ended. */
async function attendees(db: Kysely<Database>, meetingId: string, serviceId: string) {
  const rows = await db
    .selectFrom('service_members as sm')
    .innerJoin('users as u', 'u.id', 'sm.user_id')
    .leftJoin('mdt_member_roles as r', (j) =>
      j.onRef('r.service_id', '=', 'sm.service_id').onRef('r.user_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.display_name', 'r.core_role'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('mdt_attendance as a')
            .select('a.id')
            .where('a.meeting_id', '=', meetingId)
            .whereRef('a.user_id', '=', 'u.id')
            .where('a.left_at', 'is', null),
        )
        .as('present'),
    )
    .where('sm.service_id', '=', serviceId)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name, coreRole: r.core_role, present: !!r.present }));
}

/**
 * Read fresh from the database each time it is told: the state survives a restart, and a late
 * joiner is told the same as everyone else. The chair's core role is filled by the meeting's chair
 * being present, whatever role they usually hold.
 */
export async function readLiveState(db: Kysely<Database>, meetingId: string): Promise<LiveState> {
  const meeting = await db
    .selectFrom('mdt_meetings as m')
    .leftJoin('mdt_meeting_live as l', 'l.meeting_id', 'm.id')
    .leftJoin('users as u', 'u.id', 'l.moved_by')
    .leftJoin('mdt_settings as s', 's.service_id', 'm.service_id')
    .select(['m.id', 'm.service_id', 'm.chair_user_id', 'l.current_case_id', 'u.display_name', 's.core_roles'])
    .where('m.id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const people = [...(await attendees(db, meeting.id, meeting.service_id)), ...(await externalsInCall(db, meeting.id))];
  const filled = new Set(people.filter((p) => p.present).map((p) => p.coreRole));
  if (people.some((p) => p.present && p.userId === meeting.chair_user_id)) filled.add('chair');
  const missing = (meeting.core_roles ?? []).filter((role) => !filled.has(role));
  const caseId = meeting.current_case_id;
  const forCase = caseId ? await liveCaseQuorum(db, meeting.id, caseId) : null;
  return {
    meetingId: meeting.id,
    currentCaseId: meeting.current_case_id,
    movedBy: meeting.display_name,
    attendees: people,
    quorum: { met: missing.length === 0, missing },
    caseQuorum: caseId && forCase ? { caseId, ...forCase } : null,
  };
}
