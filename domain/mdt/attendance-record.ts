import type { Kysely } from 'kysely';
import type { MdtCoreRole } from '../../contracts/mdt';
import type { Database } from '../../db/schema';
import { spanOf, type Span } from './attendance-spans';

/** What the call itself recorded of one meeting: who was in it when, each case's time on screen, its sign-offs. */
export interface AttendanceRecord {
  meetingId: string;
  coreRoles: MdtCoreRole[];
  /** Everyone who was in the call, by user id, with the core roles they fill in this meeting. */
  people: Map<string, { name: string; roles: MdtCoreRole[] }>;
  stays: { userId: string; span: Span }[];
  cases: { id: string; position: number }[];
  stretches: { caseId: string; span: Span }[];
  /** Sign-offs of outcomes that stand signed (not reopened for an amendment). */
  signOffs: { caseId: string; at: number }[];
}

/**
 * The core roles someone fills in a meeting: the one they hold on the MDT, and chair when they
 * chair this meeting, whatever role they usually hold (as the live quorum counts them).
 */
export const rolesOf = (coreRole: MdtCoreRole | null, chairs: boolean): MdtCoreRole[] => [
  ...new Set<MdtCoreRole>([...(chairs ? (['chair'] as const) : []), ...(coreRole ? [coreRole] : [])]),
];

/** The stored record of the meeting, in a few reads; `caseId` narrows the cases to the one on screen. */
export async function attendanceRecord(
  db: Kysely<Database>,
  meetingId: string,
  only?: { caseId: string },
): Promise<AttendanceRecord> {
  const m = await db
    .selectFrom('mdt_meetings as m')
    .leftJoin('mdt_settings as s', 's.service_id', 'm.service_id')
    .select(['m.id', 'm.service_id', 'm.chair_user_id', 's.core_roles'])
    .where('m.id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const stays = await db
    .selectFrom('mdt_attendance as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('mdt_member_roles as r', (j) =>
      j.onRef('r.user_id', '=', 'a.user_id').on('r.service_id', '=', m.service_id),
    )
    .select(['a.user_id', 'a.joined_at', 'a.left_at', 'u.display_name', 'r.core_role'])
    .where('a.meeting_id', '=', m.id)
    .orderBy('a.joined_at')
    .orderBy('u.display_name')
    .execute();
  const cases = await db
    .selectFrom('mdt_cases')
    .select(['id', 'position'])
    .where('meeting_id', '=', m.id)
    .$if(!!only, (q) => q.where('id', '=', only!.caseId))
    .orderBy('position')
    .execute();
  const ids = cases.map((c) => c.id);
  const stretches = ids.length
    ? await db
        .selectFrom('mdt_case_discussions')
        .select(['case_id', 'started_at', 'ended_at'])
        .where('case_id', 'in', ids)
        .orderBy('started_at')
        .execute()
    : [];
  const signOffs = ids.length
    ? await db
        .selectFrom('mdt_outcomes as o')
        .innerJoin('mdt_outcome_drafts as d', 'd.case_id', 'o.case_id')
        .select(['o.case_id', 'o.signed_off_at'])
        .where('o.case_id', 'in', ids)
        .where('o.signed_off_at', 'is not', null)
        // Reopened for an amendment, the outcome is being decided again: its sign-offs end no discussion.
        .where('d.state', '=', 'signed')
        .execute()
    : [];
  const people = new Map(
    stays.map((s) => [s.user_id, { name: s.display_name, roles: rolesOf(s.core_role, s.user_id === m.chair_user_id) }]),
  );
  return {
    meetingId: m.id,
    coreRoles: m.core_roles ?? [],
    people,
    stays: stays.map((s) => ({ userId: s.user_id, span: spanOf(s.joined_at, s.left_at) })),
    cases,
    stretches: stretches.map((s) => ({ caseId: s.case_id, span: spanOf(s.started_at, s.ended_at) })),
    signOffs: signOffs.map((s) => ({ caseId: s.case_id, at: s.signed_off_at!.getTime() })),
  };
}
