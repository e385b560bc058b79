import { Device } from 'mediasoup-client';
import type { RtpCapabilities, Transport } from 'mediasoup-client/types';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { ProbeMeasurement } from '../../../contracts/protocol/methods/precheck';
import { testPatternTrack } from './test-pattern-track';

export interface MediaServerAddress {
  protocol: 'udp' | 'tcp';
  address: string;
  port: number;
}

export interface ConnectivityResult extends ProbeMeasurement {
  /** Where the browser tried to reach the media server: what a firewall has to allow. */
  mediaServer: MediaServerAddress[];
}

export interface ConnectivityProbeOptions {
  /**
   * A video track to send instead of the drawn test pattern (a clone is sent; this one keeps running).
   * The pattern is the default because it changes every frame: a still camera picture is encoded at a
   * few tens of kilobits whatever the network allows, and would make a good connection look slow.
   */
  track?: MediaStreamTrack;
  /** How long media is sent once connected before the server is asked what it measured. */
  durationMs?: number;
  /** How long ICE and DTLS may take before the connection counts as failed. */
  connectTimeoutMs?: number;
  signal?: AbortSignal;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Resolves true once ICE and DTLS have completed, false if they fail or take too long. */
function connection(transport: Transport, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    signal?.addEventListener('abort', () => resolve(false), { once: true });
    transport.on('connectionstatechange', (state) => {
      if (state === 'connected') resolve(true);
      if (state === 'failed' || state === 'closed') resolve(false);
      if (state !== 'new' && state !== 'connecting') clearTimeout(timer);
    });
  });
}

/**
 * The connectivity part of the pre-call check, without any UI: connects a send transport to the
 * SFU as a call would (same ports, same ICE and DTLS), sends video for a few seconds, and asks
 * the server what arrived. Nothing of the person is sent unless `track` is given. The probe is
 * stopped on the server whatever happens here.
 */
export async function runConnectivityProbe(
  signalling: SignallingClient,
  opts: ConnectivityProbeOptions = {},
): Promise<ConnectivityResult> {
  const { durationMs = 3000, connectTimeoutMs = 10_000, signal } = opts;
  const started = await signalling.request('precheck.start', {});
  const mediaServer = started.iceCandidates.map((c) => ({
    protocol: c.protocol as 'udp' | 'tcp',
    address: String(c.address ?? c.ip),
    port: Number(c.port),
  }));
  let transport: Transport | undefined;
  const video = opts.track ? { track: opts.track.clone(), stop() {} } : testPatternTrack();
  try {
    if (signal?.aborted) throw new DOMException('the check was cancelled', 'AbortError');
    const device = new Device();
    await device.load({ routerRtpCapabilities: started.routerRtpCapabilities as RtpCapabilities });
    const t = device.createSendTransport({
      id: started.transportId,
      iceParameters: started.iceParameters,
      iceCandidates: started.iceCandidates,
      dtlsParameters: started.dtlsParameters,
    } as Parameters<Device['createSendTransport']>[0]);
    transport = t;
    t.on('connect', ({ dtlsParameters }, done, fail) => {
      signalling.request('precheck.connect', { dtlsParameters }).then(() => done(), fail);
    });
    t.on('produce', ({ kind, rtpParameters }, done, fail) => {
      signalling
        .request('precheck.produce', { kind, rtpParameters })
        .then(({ producerId }) => done({ id: producerId }), fail);
    });
    const connected = connection(t, connectTimeoutMs, signal);
    // One layer up to a call's top simulcast layer, starting high so a few seconds show what the network takes.
    await t.produce({
      track: video.track,
      encodings: [{ maxBitrate: 1_200_000 }],
      codecOptions: { videoGoogleStartBitrate: 1000 },
      stopTracks: false,
    });
    if (await connected) await sleep(durationMs, signal);
    if (signal?.aborted) throw new DOMException('the check was cancelled', 'AbortError');
    const measured = await signalling.request('precheck.result', {});
    return { ...measured, mediaServer };
  } finally {
    transport?.close();
    video.track.stop();
    video.stop();
    await signalling.request('precheck.stop', {}).catch(() => {});
  }
}
