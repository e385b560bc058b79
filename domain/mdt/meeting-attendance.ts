import type { Kysely } from 'kysely';
import type { MdtCoreRole } from '../../contracts/mdt';
import type { Database } from '../../db/schema';
import type { Actor } from '../kernel/context';
import { attendanceRecord, type AttendanceRecord } from './attendance-record';
import { datesOf } from './attendance-spans';
import { caseAttendance, caseQuorum, discussionOf, type CaseAttendance, type Quorum } from './case-attendance';
import { authoriseMeeting } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';

/** Who was in a meeting's call (each stay, joined and left) and, per case in list order, who was there for it. */
export interface MeetingAttendance {
  meetingId: string;
  coreRoles: MdtCoreRole[];
  people: {
    userId: string;
    name: string;
    roles: MdtCoreRole[];
    stays: { joinedAt: Date; leftAt: Date | null }[];
  }[];
  cases: CaseAttendance[];
}

/** The attendance of a meeting as its call recorded it; people in the order they first joined. */
export function attendanceOf(r: AttendanceRecord): MeetingAttendance {
  const people = [...r.people].map(([userId, p]) => ({
    userId,
    ...p,
    stays: r.stays
      .filter((s) => s.userId === userId)
      .map((s) => datesOf(s.span))
      .map(({ from, to }) => ({ joinedAt: from, leftAt: to })),
  }));
  return { meetingId: r.meetingId, coreRoles: r.coreRoles, people, cases: r.cases.map((c) => caseAttendance(r, c)) };
}

/** Read from what was stored, never typed: for the summary PDF and the attendance route. */
export async function readAttendance(db: Kysely<Database>, meetingId: string): Promise<MeetingAttendance> {
  return attendanceOf(await attendanceRecord(db, meetingId));
}

/** The quorum of the case on screen so far, for the live page (null before anyone is in the call for it). */
export async function liveCaseQuorum(db: Kysely<Database>, meetingId: string, caseId: string): Promise<Quorum | null> {
  const r = await attendanceRecord(db, meetingId, { caseId });
  return caseQuorum(r, discussionOf(r, caseId));
}

/**
 * A meeting's attendance and per-case quorum, for any member of its team (as the meeting itself
 * is read); refused, audited, to anyone else. The read is audited: it says who discussed whose case.
 */
export async function meetingAttendance(ctx: MdtContext, actor: Actor, meetingId: string): Promise<MeetingAttendance> {
  const m = await authoriseMeeting(ctx, actor, 'mdt.case.read', meetingId);
  return ctx.db.transaction().execute(async (trx) => {
    const attendance = await readAttendance(trx, m.id);
    const details = { people: attendance.people.length, cases: attendance.cases.length };
    await auditMdt(ctx, trx, actor, 'mdt.meeting.attendance.read', { type: 'mdt_meeting', id: m.id }, details);
    return attendance;
  });
}
