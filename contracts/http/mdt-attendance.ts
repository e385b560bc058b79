import { z } from 'zod';
import { MdtCoreRole } from './mdt-shapes';
import { Instant } from './shapes';

/** Someone who was in the meeting's call, with the core roles they fill in it (their MDT role; chair when chairing). */
const Attendee = { userId: z.string(), name: z.string(), roles: z.array(MdtCoreRole) };

/** Whether every core role was there for the case's whole discussion; which were not, if not. */
export const MdtCaseQuorum = z.object({ met: z.boolean(), missing: z.array(MdtCoreRole) });

/** One case: when it was discussed (on screen with the call running), who was there for it and when, its quorum. */
export const MdtCaseAttendance = z.object({
  caseId: z.string(),
  position: z.number().int(),
  discussed: z.array(z.object({ from: Instant, to: Instant.nullable() })),
  present: z.array(z.object({ ...Attendee, from: Instant, to: Instant.nullable() })),
  /** Null when the case was never discussed in the call. */
  quorum: MdtCaseQuorum.nullable(),
});

/**
 * A meeting's attendance as its call recorded it, never typed: each person's stays (a null
 * `leftAt` is someone still in the call) and, per case in list order, who was there for it.
 */
export const MdtMeetingAttendance = z.object({
  meetingId: z.string(),
  coreRoles: z.array(MdtCoreRole),
  people: z.array(
    z.object({ ...Attendee, stays: z.array(z.object({ joinedAt: Instant, leftAt: Instant.nullable() })) }),
  ),
  cases: z.array(MdtCaseAttendance),
});
