import { z } from 'zod';
import { Empty, Id } from './room';

export const GuestKind = z.enum(['patient', 'relative', 'carer', 'interpreter', 'professional']);

export const PrecheckResult = z.object({
  passed: z.boolean(),
  /** Plain words for the clinician, e.g. "camera, microphone and connection OK". */
  summary: z.string().max(300),
});

export const ConsultationStatus = z.enum(['waiting', 'in_progress', 'on_hold', 'transferred', 'ended']);

/** One person waiting, as a clinician's queue shows them. */
export const QueueEntry = z.object({
  consultationId: z.string(),
  displayName: z.string(),
  guestKind: z.string(),
  reason: z.string().nullable(),
  priority: z.number().int(),
  status: ConsultationStatus,
  /** ISO instant since when they have been waiting (again, after a hold). */
  waitingSince: z.string(),
  precheck: PrecheckResult.nullable(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

const Text = z.string().trim().min(1).max(2000);

/** The waiting area, queues and consultations: what guests and staff do around a call. */
export const ConsultationMethods = {
  /** A guest arrives in the waiting area of the service (or consultation) its invite is for. */
  'waiting.enter': {
    request: z.object({
      displayName: z.string().trim().min(1).max(80),
      precheck: PrecheckResult,
      reason: z.string().trim().max(500).optional(),
    }),
    response: z.object({ consultationId: z.string(), status: ConsultationStatus, roomId: z.string().nullable() }),
  },
  'queue.watch': {
    request: z.object({ serviceId: Id }),
    response: z.object({ serviceId: z.string(), entries: z.array(QueueEntry) }),
  },
  'consultation.admit': { request: z.object({ consultationId: Id }), response: z.object({ roomId: z.string() }) },
  'consultation.hold': {
    request: z.object({ consultationId: Id, message: z.string().trim().max(500).optional() }),
    response: Empty,
  },
  'consultation.transfer': { request: z.object({ consultationId: Id, toServiceId: Id }), response: Empty },
  'consultation.end': { request: z.object({ consultationId: Id }), response: Empty },
  /** A message to a guest while they wait ("the clinician is running 15 minutes late"). */
  'waiting.sendMessage': { request: z.object({ consultationId: Id, text: Text }), response: Empty },
  'chat.send': { request: z.object({ consultationId: Id, body: Text }), response: z.object({ messageId: z.string() }) },
  /** Brings a colleague from the staff directory into the consultation; they are asked to join. */
  'consultation.askColleague': { request: z.object({ consultationId: Id, userId: Id }), response: Empty },
  /** Staff joining a call under way, having been asked: the room to join. */
  'consultation.join': { request: z.object({ consultationId: Id }), response: z.object({ roomId: z.string() }) },
} as const;
