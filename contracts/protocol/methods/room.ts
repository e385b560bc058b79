import { z } from 'zod';
import {
  ConsumerOffer,
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
const ResumeToken = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, 'not a resume token');

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
      /** Hands this place in the room to a new socket after a dropped one (`room.resume`); one use. */
      resumeToken: ResumeToken,
    }),
  },
  /**
   * A new socket takes over this person's place in the room after the old one dropped: the same
   * peer, its transports, producers and consumers, kept by the server for a grace period. The answer
   * is the room as it is now, for the client to catch up on what it missed.
   */
  'room.resume': {
    request: z.object({ resumeToken: ResumeToken }),
    response: z.object({
      roomId: z.string(),
      peerId: z.string(),
      peers: z.array(PeerInfo),
      /** Every consumer the server holds for this peer (one may have been made while the socket was down). */
      consumers: z.array(ConsumerOffer),
      activeSpeakerId: z.string().nullable(),
      resumeToken: ResumeToken,
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
  /** ICE again on a transport whose path broke (Wi-Fi to 4G, a network cut): fresh ICE credentials. */
  'transport.restartIce': {
    request: z.object({ transportId: Id }),
    response: z.object({ iceParameters: IceParameters }),
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
