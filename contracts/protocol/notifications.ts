import { z } from 'zod';
import { ConsumerOffer, MediaSource, PeerInfo } from './media';
import { CallInProgress, ConsultationStatus, QueueEntry } from './methods/consultation';
import { MdtFieldState, MdtLiveState } from './methods/mdt';

/** Whether a colleague can be reached now: signed in with Convene open, in a call, or neither. */
export const LivePresence = z.enum(['online', 'in_call', 'offline']);
export type LivePresence = z.infer<typeof LivePresence>;

/** Everything the server tells a client without being asked. */
export const Notifications = {
  welcome: z.object({
    protocolVersion: z.number(),
    identity: z.object({ id: z.string(), name: z.string(), role: z.string() }),
    /** When the server will close this socket unless `session.refresh` hands it a fresh token first. */
    expiresAt: z.iso.datetime(),
  }),
  'peer.joined': z.object({ peer: PeerInfo }),
  'peer.left': z.object({ peerId: z.string() }),
  /** Someone's connection dropped and is being restored ('reconnecting'), or is back ('connected'). */
  'peer.connection': z.object({ peerId: z.string(), state: z.enum(['reconnecting', 'connected']) }),
  /** The room's media server failed and the room was made again on another: join it again, at once. */
  'room.restart': z.object({ roomId: z.string() }),
  /** A consumer was created, paused, for this client; it answers with consumer.resume when ready. */
  'consumer.new': ConsumerOffer,
  'consumer.closed': z.object({ consumerId: z.string() }),
  /** A remote producer was paused or resumed (the muted indicator). */
  'producer.state': z.object({ peerId: z.string(), producerId: z.string(), source: MediaSource, paused: z.boolean() }),
  /** This client was taken out of a room it was in (its consultation was held, moved or ended): why. */
  'room.closed': z.object({ roomId: z.string(), reason: z.string() }),
  /** The loudest speaker changed; null when nobody is speaking. */
  activeSpeaker: z.object({ peerId: z.string().nullable() }),
  /** To a guest: where they are now. `roomId` is set when admitted into the call. */
  'waiting.status': z.object({
    consultationId: z.string(),
    status: ConsultationStatus,
    roomId: z.string().nullable(),
    message: z.string().nullable(),
  }),
  /** To a guest in the waiting area: a message from the clinic. */
  'waiting.message': z.object({ consultationId: z.string(), text: z.string(), sentAt: z.string() }),
  /** To staff watching a service: its queue as it is now. */
  'queue.updated': z.object({ serviceId: z.string(), entries: z.array(QueueEntry), calls: z.array(CallInProgress) }),
  'chat.message': z.object({
    consultationId: z.string(),
    messageId: z.string(),
    from: z.string(),
    body: z.string(),
    sentAt: z.string(),
  }),
  'file.shared': z.object({
    consultationId: z.string(),
    fileId: z.string(),
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number(),
    from: z.string(),
  }),
  /** To a member of staff: a colleague in a call asks them to join it (`consultation.join` accepts). */
  'colleague.asked': z.object({ consultationId: z.string(), from: z.string(), serviceName: z.string() }),
  /** To staff sharing a service with `userId`: that colleague's live presence now (also sent once on connecting). */
  'presence.changed': z.object({ userId: z.string(), presence: LivePresence }),
  /** To those following an MDT meeting: the case now on screen, who is in the call, and quorum. */
  'mdt.live': MdtLiveState,
  /** To those following the case's meeting: one outcome field as just written, for everyone to see while typed. */
  /** To those following the case's meeting: its outcome was signed off (frozen) or reopened for an amendment. */
  'mdt.outcome.state': z.object({ meetingId: z.string(), caseId: z.string(), state: z.enum(['signed', 'editing']) }),
  'mdt.outcome.changed': z.object({
    meetingId: z.string(),
    caseId: z.string(),
    field: z.string(),
    state: MdtFieldState,
  }),
} as const;

export type NotificationName = keyof typeof Notifications;
export type NotificationData<N extends NotificationName> = z.infer<(typeof Notifications)[N]>;
