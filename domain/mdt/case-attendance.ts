import type { MdtCoreRole } from '../../contracts/mdt';
import type { AttendanceRecord } from './attendance-record';
import { datesOf, intersect, union, without, type Span } from './attendance-spans';

/** An absence shorter than this is not counted as one (see `caseQuorum`). */
export const ABSENCE_FORGIVEN_MS = 60_000;

/** Whether a case was quorate, and the core roles that were not there for it if not. */
export interface Quorum {
  met: boolean;
  missing: MdtCoreRole[];
}

/** Someone in the call while a case was discussed, from when to when (null: still there). */
export interface Presence {
  userId: string;
  name: string;
  roles: MdtCoreRole[];
  from: Date;
  to: Date | null;
}

/** One case's attendance: when it was discussed, who was there for it, and its quorum (null: never discussed). */
export interface CaseAttendance {
  caseId: string;
  position: number;
  discussed: { from: Date; to: Date | null }[];
  present: Presence[];
  quorum: Quorum | null;
}

/**
 * When a case was discussed: its time on screen while the call was running (a case put on screen
 * before anyone joined starts being discussed when the first person does; the case the meeting
 * ends on stops when the call empties), each stretch ending early when the chair signed the outcome
 * off while it was on screen (and it stands signed, not reopened for an amendment): the decision is
 * made, and whoever leaves after it left after it.
 */
export function discussionOf(r: AttendanceRecord, caseId: string): Span[] {
  const callRunning = union(r.stays.map((s) => s.span));
  const onScreen = r.stretches
    .filter((s) => s.caseId === caseId)
    .map(({ span }) => {
      const signed = r.signOffs.filter((s) => s.caseId === caseId && s.at > span.from && s.at <= span.to);
      return signed.length ? { from: span.from, to: Math.max(...signed.map((s) => s.at)) } : span;
    });
  return intersect(onScreen, callRunning);
}

/**
 * Quorate when every core role the MDT needs was in the call for the whole discussion of the
 * case — the usual rule, "core members present for the discussion", because the recommendation
 * stands on everyone having heard the case: a member there for only part of it, or only at the
 * moment of the decision, has not. Several people may fill a role between them (two radiologists
 * handing over). An absence shorter than a minute is not one (a dropped connection rejoining, a
 * member joining just after the case came up); a role nobody filled at any time of the discussion
 * is missing however short the discussion. It errs towards "not quorate", which the chair sees live
 * and can act on, rather than claim a quorum that was not there. Null when never discussed.
 */
export function caseQuorum(r: AttendanceRecord, discussion: Span[]): Quorum | null {
  if (!discussion.length) return null;
  const missing = r.coreRoles.filter((role) => {
    const cover = intersect(
      r.stays.filter((s) => r.people.get(s.userId)?.roles.includes(role)).map((s) => s.span),
      discussion,
    );
    return !cover.length || without(discussion, cover).some((gap) => gap.to - gap.from >= ABSENCE_FORGIVEN_MS);
  });
  return { met: missing.length === 0, missing };
}

/** Who was there for the case and its quorum, each stay clipped to the discussion, earliest (then by name) first. */
export function caseAttendance(r: AttendanceRecord, c: { id: string; position: number }): CaseAttendance {
  const discussion = discussionOf(r, c.id);
  const present = r.stays
    .flatMap((s) =>
      intersect([s.span], discussion).map((span) => ({
        userId: s.userId,
        ...r.people.get(s.userId)!,
        ...datesOf(span),
      })),
    )
    .sort((a, b) => a.from.getTime() - b.from.getTime() || a.name.localeCompare(b.name));
  return {
    caseId: c.id,
    position: c.position,
    discussed: discussion.map(datesOf),
    present,
    quorum: caseQuorum(r, discussion),
  };
}
