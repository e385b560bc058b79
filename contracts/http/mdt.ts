import { z } from 'zod';
import type { HttpRoute } from './route';
import { MdtMeetingAttendance } from './mdt-attendance';
import {
  MdtAttachment,
  MdtCase,
  MdtCaseDetails,
  MdtMeetingDetail,
  MdtMeetingSummary,
  MdtSettings,
  MdtSetup,
  NewMdtCase,
  NewMdtMeeting,
} from './mdt-shapes';
import { Bytes, NoBody } from './shapes';

export * from './mdt-shapes';
export * from './mdt-attendance';

/** Where an attachment's name goes: the body is the file itself. */
export const AttachmentQuery = z.object({
  filename: z.string().refine((name) => name.trim() !== '', 'name the file: ?filename=…'),
});

/**
 * MDT set-up: the team's settings, meetings, and each meeting's case list with its moves and
 * attachments. Coordinators (and clinicians) prepare the list; any member of the team reads it.
 */
export const MdtRoutes = {
  settings: { method: 'GET', path: '/api/mdt/services/:id/settings', request: NoBody, response: MdtSettings },
  configure: { method: 'PUT', path: '/api/mdt/services/:id/settings', request: MdtSetup, response: MdtSettings },
  meetings: {
    method: 'GET',
    path: '/api/mdt/meetings',
    request: NoBody,
    response: z.object({ upcoming: z.array(MdtMeetingSummary), recent: z.array(MdtMeetingSummary) }),
  },
  schedule: { method: 'POST', path: '/api/mdt/meetings', request: NewMdtMeeting, response: MdtMeetingSummary },
  meeting: { method: 'GET', path: '/api/mdt/meetings/:id', request: NoBody, response: MdtMeetingDetail },
  attendance: {
    method: 'GET',
    path: '/api/mdt/meetings/:id/attendance',
    request: NoBody,
    response: MdtMeetingAttendance,
  },
  addCase: { method: 'POST', path: '/api/mdt/meetings/:id/cases', request: NewMdtCase, response: MdtCase },
  /** Written whole: the browser has PUT, not PATCH, and a case's details are one small form. */
  editCase: { method: 'PUT', path: '/api/mdt/cases/:id', request: MdtCaseDetails, response: MdtCase },
  reorder: {
    method: 'PUT',
    path: '/api/mdt/meetings/:id/case-order',
    request: z.object({ caseIds: z.array(z.uuid()).max(500) }),
    response: z.object({ cases: z.array(MdtCase) }),
  },
  rollOver: {
    method: 'POST',
    path: '/api/mdt/cases/:id/roll-over',
    request: z.object({}).strict(),
    response: z.object({ from: MdtCase, to: MdtCase }),
  },
  notDiscussed: {
    method: 'POST',
    path: '/api/mdt/cases/:id/not-discussed',
    request: z.object({}).strict(),
    response: MdtCase,
  },
  attach: {
    method: 'POST',
    path: '/api/mdt/cases/:id/attachments',
    query: AttachmentQuery,
    request: Bytes,
    response: MdtAttachment,
  },
  attachments: {
    method: 'GET',
    path: '/api/mdt/cases/:id/attachments',
    request: NoBody,
    response: z.object({ attachments: z.array(MdtAttachment) }),
  },
  /** Bytes, not JSON: pages link to it. */
  attachment: { method: 'GET', path: '/api/mdt/attachments/:id', request: NoBody, response: Bytes },
} as const satisfies Record<string, HttpRoute>;
