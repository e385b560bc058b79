import { z } from 'zod';

/**
 * Media descriptions exchanged with mediasoup. Their inner structure is mediasoup's and is
 * validated in depth by mediasoup itself; here only their shape is checked, and sizes bounded.
 */
const loose = z.looseObject({});
export const RtpCapabilities = z.looseObject({
  codecs: z.array(loose).max(64).optional(),
  headerExtensions: z.array(loose).max(64).optional(),
});
export const RtpParameters = z.looseObject({
  codecs: z.array(loose).min(1).max(16),
  encodings: z.array(loose).max(8).optional(),
});
export const DtlsParameters = z.looseObject({
  fingerprints: z.array(loose).min(1).max(8),
  role: z.enum(['auto', 'client', 'server']).optional(),
});
export const IceParameters = z.looseObject({ usernameFragment: z.string(), password: z.string() });
export const IceCandidate = loose;

export const MEDIA_SOURCES = ['mic', 'camera', 'screen'] as const;
export const MediaSource = z.enum(MEDIA_SOURCES);
export type MediaSource = z.infer<typeof MediaSource>;
export const MediaKind = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;

export const ProducerInfo = z.object({
  producerId: z.string(),
  source: MediaSource,
  kind: MediaKind,
  paused: z.boolean(),
});
export type ProducerInfo = z.infer<typeof ProducerInfo>;

export const PeerInfo = z.object({
  peerId: z.string(),
  displayName: z.string(),
  role: z.string(),
  producers: z.array(ProducerInfo),
});
export type PeerInfo = z.infer<typeof PeerInfo>;

/** A consumer made, paused, for this client: what it receives and from whom (`consumer.new`, `room.resume`). */
export const ConsumerOffer = z.object({
  consumerId: z.string(),
  producerId: z.string(),
  peerId: z.string(),
  kind: MediaKind,
  source: MediaSource,
  rtpParameters: RtpParameters,
  producerPaused: z.boolean(),
});
export type ConsumerOffer = z.infer<typeof ConsumerOffer>;
