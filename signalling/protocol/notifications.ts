import { z } from 'zod';
import { MediaKind, MediaSource, PeerInfo, RtpParameters } from './media';
import { ConsultationStatus, QueueEntry } from './methods/consultation';

/** Everything the server tells a client without being asked. */
export const Notifications = {
  welcome: z.object({
    protocolVersion: z.number(),
    identity: z.object({ id: z.string(), name: z.string(), role: z.string() }),
  }),
  'peer.joined': z.object({ peer: PeerInfo }),
  'peer.left': z.object({ peerId: z.string() }),
  /** A consumer was created, paused, for this client; it answers with consumer.resume when ready. */
  'consumer.new': z.object({
    consumerId: z.string(),
    producerId: z.string(),
    peerId: z.string(),
    kind: MediaKind,
    source: MediaSource,
    rtpParameters: RtpParameters,
    producerPaused: z.boolean(),
  }),
  'consumer.closed': z.object({ consumerId: z.string() }),
  /** A remote producer was paused or resumed (the muted indicator). */
  'producer.state': z.object({ peerId: z.string(), producerId: z.string(), source: MediaSource, paused: z.boolean() }),
  /** The loudest speaker changed; null when nobody is speaking. */
  activeSpeaker: z.object({ peerId: z.string().nullable() }),
} as const;

export type NotificationName = keyof typeof Notifications;
export type NotificationData<N extends NotificationName> = z.infer<(typeof Notifications)[N]>;
