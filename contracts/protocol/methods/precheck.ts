import { z } from 'zod';
import { DtlsParameters, IceCandidate, IceParameters, MediaKind, RtpCapabilities, RtpParameters } from '../media';
import { Empty } from './room';

/** What the server measured of one connectivity probe, from its own side of the transport. */
export const ProbeMeasurement = z.object({
  /** ICE and DTLS both completed: media can flow between this browser and the media server. */
  connected: z.boolean(),
  /** How the media travelled (the ICE selected tuple); null when it never connected. */
  protocol: z.enum(['udp', 'tcp']).nullable(),
  /** Media received from the probe's producers, averaged over the probe. */
  bitrateKbps: z.number().min(0),
  packetsReceived: z.number().int().min(0),
  packetsLost: z.number().int().min(0),
  /** Round-trip time, when the browser's RTCP let the server compute one. */
  rttMs: z.number().min(0).optional(),
  /** How long media was measured for. */
  durationMs: z.number().int().min(0),
});
export type ProbeMeasurement = z.infer<typeof ProbeMeasurement>;

/**
 * The pre-call check's connectivity test: a short-lived send transport to the SFU, outside any
 * room, that the browser connects (ICE + DTLS) and sends a few seconds of media over. One probe
 * at a time per connection; the server closes it on `precheck.stop`, when the socket closes, and
 * after `expiresInMs` whatever the client does.
 */
export const PrecheckMethods = {
  'precheck.start': {
    request: Empty,
    response: z.object({
      routerRtpCapabilities: RtpCapabilities,
      transportId: z.string(),
      iceParameters: IceParameters,
      iceCandidates: z.array(IceCandidate),
      dtlsParameters: DtlsParameters,
      expiresInMs: z.number().int(),
    }),
  },
  'precheck.connect': { request: z.object({ dtlsParameters: DtlsParameters }), response: Empty },
  'precheck.produce': {
    request: z.object({ kind: MediaKind, rtpParameters: RtpParameters }),
    response: z.object({ producerId: z.string() }),
  },
  /** Waits until the server has measured for long enough, then answers. */
  'precheck.result': { request: Empty, response: ProbeMeasurement },
  /** Closes the probe; also fine when none is running. */
  'precheck.stop': { request: Empty, response: Empty },
} as const;
