import { z } from 'zod';
import { ConsultationStatus, PrecheckResult } from '../protocol/methods/consultation';
import { ConsultationEventKind, Details, Instant, ServiceKind } from './shapes';

/** A file shared in a consultation: named, typed and sized as the server stored it. */
export const SharedFile = z.object({
  fileId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  from: z.string(),
  sharedAt: Instant,
});

const Participant = z.object({
  participantId: z.string(),
  name: z.string(),
  /** The staff role, or the guest's relation to the patient (patient, interpreter, …). */
  role: z.string(),
  kind: z.enum(['staff', 'guest']),
  joinedAt: Instant,
  leftAt: Instant.nullable(),
});

const TimelineEntry = z.object({
  kind: ConsultationEventKind,
  at: Instant,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  details: Details,
});

const ChatLine = z.object({
  messageId: z.string(),
  from: z.string(),
  fromRole: z.string(),
  body: z.string(),
  sentAt: Instant,
});

/** Everything known about one consultation, for the staff who may read its record. */
export const ConsultationRecord = z.object({
  consultation: z.object({
    id: z.string(),
    status: ConsultationStatus,
    reason: z.string().nullable(),
    priority: z.number(),
    createdAt: Instant,
    admittedAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    roomId: z.string().nullable(),
    precheck: PrecheckResult.nullable(),
  }),
  service: z.object({ id: z.string(), name: z.string(), kind: ServiceKind }),
  patient: z
    .object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      nhsNumber: z.string().nullable(),
      dateOfBirth: z.string(),
    })
    .nullable(),
  participants: z.array(Participant),
  timeline: z.array(TimelineEntry),
  chat: z.array(ChatLine),
  files: z.array(SharedFile),
  notes: z.object({ text: z.string(), updatedAt: Instant.nullable(), updatedBy: z.string().nullable() }).nullable(),
});
