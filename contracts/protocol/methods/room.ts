import { z } from 'zod';
import {
  DtlsParameters,
  IceCandidate,
  IceParameters,
  MediaKind,
  MediaSource,
  PeerInfo,
  RtpCapabilities,
  RtpParameters,
} from '../media';

export const Id = z.string().min(1).max(64);
export const RoomId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a room id is 1–64 letters, digits, _ or -');
export const Empty = z.object({}).strict();

/** Joining a call's media: transports, producers and consumers on the SFU. */
export const RoomMethods = {
  'room.join': {
    // No name: the server shows the one from the sign-in or invite, never what a client claims.
    request: z.object({ roomId: RoomId }),
    response: z.object({
      peerId: z.string(),
      routerRtpCapabilities: RtpCapabilities,
      peers: z.array(PeerInfo),
      /** Who is speaking as we join; `activeSpeaker` notifications say when that changes. */
      activeSpeakerId: z.string().nullable(),
    }),
  },
  'transport.create': {
    request: z.object({ direction: z.enum(['send', 'recv']) }),
    response: z.object({
      transportId: z.string(),
      iceParameters: IceParameters,
      iceCandidates: z.array(IceCandidate),
      dtlsParameters: DtlsParameters,
    }),
  },
  'transport.connect': {
    request: z.object({ transportId: Id, dtlsParameters: DtlsParameters }),
    response: Empty,
  },
  /** The client can now receive: the server starts sending it everyone's media. */
  'peer.ready': {
    request: z.object({ rtpCapabilities: RtpCapabilities }),
    response: Empty,
  },
  'producer.create': {
    request: z.object({
      transportId: Id,
      kind: MediaKind,
      source: MediaSource,
      rtpParameters: RtpParameters,
      paused: z.boolean().optional(),
    }),
    response: z.object({ producerId: z.string() }),
  },
  'producer.pause': { request: z.object({ producerId: Id }), response: Empty },
  'producer.resume': { request: z.object({ producerId: Id }), response: Empty },
  'producer.close': { request: z.object({ producerId: Id }), response: Empty },
  'consumer.resume': { request: z.object({ consumerId: Id }), response: Empty },
  /** The size a video is shown at, so the server can send the simulcast layer that fits it. */
  'consumer.setTileSize': {
    request: z.object({
      consumerId: Id,
      width: z.number().int().min(0).max(8192),
      height: z.number().int().min(0).max(8192),
    }),
    response: z.object({ spatialLayer: z.number().int() }),
  },
  'room.leave': { request: Empty, response: Empty },
} as const;
