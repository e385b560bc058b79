import { z } from 'zod';
import { MDT_CASE_STATUSES, MDT_CORE_ROLE_KEYS, MDT_TYPE_KEYS, PreMdtSummary } from '../mdt';
import { Instant, StaffRole } from './shapes';

/** The MDT set-up routes' shapes: a team's set-up, a meeting, and a case on its list. */

export const MdtType = z.enum(MDT_TYPE_KEYS);
export const MdtCoreRole = z.enum(MDT_CORE_ROLE_KEYS);
export const MdtCaseStatus = z.enum(MDT_CASE_STATUSES);
const Person = z.object({ id: z.string(), name: z.string() });

/**
 * An MDT's set-up, with its team to choose chairs, presenters and invitees from; `canManage` says
 * whether the reader may change it and schedule the MDT's meetings, `changed` who last set it up.
 */
export const MdtSettings = z.object({
  serviceId: z.string(),
  name: z.string(),
  mdtType: MdtType.nullable(),
  coreRoles: z.array(MdtCoreRole),
  usualChair: Person.nullable(),
  team: z.array(Person.extend({ role: StaffRole, coreRole: MdtCoreRole.nullable() })),
  canManage: z.boolean(),
  changed: z.object({ by: z.string(), at: Instant }).nullable(),
});

/** The set-up as a coordinator writes it, whole. */
export const MdtSetup = z.object({
  mdtType: MdtType,
  coreRoles: z.array(MdtCoreRole).max(30),
  usualChairUserId: z.uuid().nullable(),
  memberRoles: z.array(z.object({ userId: z.uuid(), coreRole: MdtCoreRole })).max(200),
});

/** A meeting in the list and at the top of its page. */
export const MdtMeetingSummary = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  title: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  chair: Person.nullable(),
  roomId: z.string(),
  /** Cases still on this meeting's list (rolled-over ones have moved on). */
  caseCount: z.number(),
  invitees: z.array(Person),
});

/** A meeting as a coordinator schedules it; the MDT's usual chair when no chair is given. */
export const NewMdtMeeting = z.object({
  serviceId: z.uuid(),
  title: z.string().trim().min(1, 'Give the meeting a title').max(120),
  startsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  endsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  chairUserId: z.uuid().nullable().optional(),
  inviteeUserIds: z.array(z.uuid()).max(100).default([]),
});

export const MdtAttachment = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: Instant,
});

/** A case as the panel reads it: patient, referrer, question, pre-MDT summary and attachments. */
export const MdtCase = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number(),
  status: MdtCaseStatus,
  addedLate: z.boolean(),
  question: z.string(),
  patient: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: z.string(),
    nhsNumber: z.string().nullable(),
  }),
  referrer: z.object({ name: z.string(), organisation: z.string() }),
  summary: PreMdtSummary,
  presenter: Person.nullable(),
  rolledOverToCaseId: z.string().nullable(),
  rolledFromCaseId: z.string().nullable(),
  attachments: z.array(MdtAttachment),
  updatedAt: Instant,
});

/** A meeting with its case list in order; `canManage` says whether the reader may change the list. */
export const MdtMeetingDetail = z.object({
  meeting: MdtMeetingSummary,
  mdt: z.object({ mdtType: MdtType.nullable(), coreRoles: z.array(MdtCoreRole) }),
  cases: z.array(MdtCase),
  canManage: z.boolean(),
});

/** What a case says, as the form and other systems' API calls write it (whole, on an edit). */
export const MdtCaseDetails = z.object({
  question: z.string().trim().min(1, 'Put the question to the MDT').max(2000),
  referrer: z.object({
    name: z.string().trim().min(1, 'Name the referring clinician').max(120),
    organisation: z.string().trim().max(200).default(''),
  }),
  summary: PreMdtSummary.default(PreMdtSummary.parse({})),
  presenterUserId: z.uuid().nullable().optional(),
});

/**
 * A case to add: a known patient by id, or a new one with an NHS number (checked by its modulus 11
 * check digit where the case is stored, so a form and another system's call get the same answer).
 */
export const NewMdtCase = MdtCaseDetails.extend({
  patient: z.union([
    z.object({ id: z.uuid() }).strict(),
    z.object({
      givenName: z.string().trim().min(1).max(80),
      familyName: z.string().trim().min(1).max(80),
      dateOfBirth: z.iso.date(),
      nhsNumber: z.string().trim().min(1, 'Enter the NHS number').max(20),
    }),
  ]),
});
