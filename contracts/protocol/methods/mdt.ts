import { z } from 'zod';
import { Id } from './room';

/** Someone on the meeting's team, whether they are in its call now, and the core role they fill. */
export const MdtAttendee = z.object({
  userId: z.string(),
  name: z.string(),
  coreRole: z.string().nullable(),
  present: z.boolean(),
});

/** Whether every core role the MDT needs is in the call now; which are missing if not. */
export const MdtQuorum = z.object({ met: z.boolean(), missing: z.array(z.string()) });

/** A meeting as it runs: the case on everyone's screen, who is in the call, and whether it is quorate. */
export const MdtLiveState = z.object({
  meetingId: z.string(),
  currentCaseId: z.string().nullable(),
  movedBy: z.string().nullable(),
  attendees: z.array(MdtAttendee),
  quorum: MdtQuorum,
  /**
   * The case on screen's own quorum: whether every core role has been in the call for the whole of
   * its discussion so far (an absence under a minute forgiven). Null with no case on screen, or
   * before anyone is in the call for it.
   */
  caseQuorum: MdtQuorum.extend({ caseId: z.string() }).nullable(),
});
export type MdtLiveState = z.infer<typeof MdtLiveState>;

/** One outcome field as its editors see it: the value, its version, and who wrote it. */
export const MdtFieldState = z.object({
  value: z.json(),
  version: z.number().int().min(0),
  editedBy: z.string().nullable(),
});

/** An edit's answer: applied (the field's new version), or the field as someone else left it since. */
export const MdtFieldEdit = z.discriminatedUnion('applied', [
  z.object({ applied: z.literal(true), field: MdtFieldState }),
  z.object({ applied: z.literal(false), conflict: MdtFieldState }),
]);

/**
 * The live meeting: follow it (told the current case, attendance and every change from then on),
 * move the panel to a case (the coordinator or the chair), and write one outcome field on top of
 * the version last seen. Who may do each is the domain's to decide.
 */
export const MdtMethods = {
  'mdt.follow': { request: z.object({ meetingId: Id }), response: MdtLiveState },
  'mdt.unfollow': { request: z.object({ meetingId: Id }), response: z.object({}) },
  'mdt.goToCase': { request: z.object({ meetingId: Id, caseId: Id }), response: MdtLiveState },
  'mdt.outcome.edit': {
    request: z.object({
      caseId: Id,
      field: z.string().min(1).max(40),
      value: z.json(),
      baseVersion: z.number().int().min(0),
    }),
    response: MdtFieldEdit,
  },
} as const;
