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

/**
 * A call under way in a service (or put on hold when its clinician left): any member of the
 * service may rejoin or end it, so nobody is stranded by one clinician leaving or reloading.
 */
export const CallInProgress = z.object({
  consultationId: z.string(),
  displayName: z.string(),
  status: z.enum(['in_progress', 'on_hold']),
  /** ISO instant the caller was first admitted. */
  since: z.string(),
  /** Who is in the call now, by name. */
  people: z.array(z.string()),
  /** Whether the asking member of staff is still in it (a reload rejoins it). */
  youAreIn: z.boolean(),
});
export type CallInProgress = z.infer<typeof CallInProgress>;

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
    response: z.object({ serviceId: z.string(), entries: z.array(QueueEntry), calls: z.array(CallInProgress) }),
  },
  'consultation.admit': { request: z.object({ consultationId: Id }), response: z.object({ roomId: z.string() }) },
  'consultation.hold': {
    request: z.object({ consultationId: Id, message: z.string().trim().max(500).optional() }),
    response: Empty,
  },
  'consultation.transfer': { request: z.object({ consultationId: Id, toServiceId: Id }), response: Empty },
  'consultation.end': { request: z.object({ consultationId: Id }), response: Empty },
  /**
   * Leaves the call without ending the consultation. The last member of staff to leave puts the
   * guest back in the waiting area (on hold, with a message); a guest leaving can rejoin.
   */
  'consultation.leave': { request: z.object({ consultationId: Id }), response: Empty },
  /** A message to a guest while they wait ("the clinician is running 15 minutes late"). */
  'waiting.sendMessage': { request: z.object({ consultationId: Id, text: Text }), response: Empty },
  'chat.send': { request: z.object({ consultationId: Id, body: Text }), response: z.object({ messageId: z.string() }) },
  /** Brings a colleague from the staff directory into the consultation; they are asked to join. */
  'consultation.askColleague': { request: z.object({ consultationId: Id, userId: Id }), response: Empty },
  /** Staff joining a call under way, having been asked: the room to join. */
  'consultation.join': { request: z.object({ consultationId: Id }), response: z.object({ roomId: z.string() }) },
} as const;
