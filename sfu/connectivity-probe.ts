import type { DtlsParameters, MediaKind, Producer, Router, RtpParameters, WebRtcTransport } from 'mediasoup/types';
import { MEDIA_CODECS } from './media-codecs';
import { SfuError } from './sfu-error';
import type { WorkerPool } from './worker-pool';

export interface ProbeOptions {
  /** The probe closes itself this long after it started, whatever the client does. */
  timeoutMs?: number;
  /** The least time media is measured for before a result is given. */
  measureMs?: number;
}

export interface ProbeResult {
  connected: boolean;
  protocol: 'udp' | 'tcp' | null;
  bitrateKbps: number;
  packetsReceived: number;
  packetsLost: number;
  rttMs?: number;
  durationMs: number;
}

interface Sample {
  at: number;
  bytes: number;
  packets: number;
  lost: number;
  /** mediasoup's own one-second bitrate, for when there is only one sample with media. */
  bitrate: number;
  rttMs: number | undefined;
}

const SAMPLE_EVERY_MS = 500;
export const PROBE_TIMEOUT_MS = 30_000;
export const PROBE_MEASURE_MS = 2_000;

/**
 * A short connectivity and bitrate test for one browser: its own router (so closing it frees
 * everything the probe made, whatever state the client left it in), a WebRtcTransport on the
 * worker's WebRtcServer (the same ports a call uses), and the producers the browser sends over
 * it. The server samples the producers' stats itself while the media flows.
 */
export class ConnectivityProbe {
  private readonly producers = new Map<MediaKind, Producer>();
  private readonly samples: Sample[] = [];
  private producingSince: number | undefined;
  private sampler: NodeJS.Timeout | undefined;
  private readonly expiry: NodeJS.Timeout;
  private dtlsGiven = false;
  private closed = false;
  private readonly closeListeners = new Set<() => void>();

  private constructor(
    readonly router: Router,
    readonly transport: WebRtcTransport,
    private readonly measureMs: number,
    readonly timeoutMs: number,
  ) {
    this.expiry = setTimeout(() => this.close(), timeoutMs);
    // A worker that dies takes the router with it; the probe must not keep timers for it.
    router.observer.once('close', () => this.close());
  }

  static async create(pool: WorkerPool, opts: ProbeOptions = {}): Promise<ConnectivityProbe> {
    const { router, webRtcServer } = await pool.createRouter({ mediaCodecs: MEDIA_CODECS, appData: { probe: true } });
    try {
      const transport = await router.createWebRtcTransport({
        webRtcServer,
        enableUdp: true,
        enableTcp: true,
        preferUdp: true,
        initialAvailableOutgoingBitrate: 1_000_000,
      });
      return new ConnectivityProbe(
        router,
        transport,
        opts.measureMs ?? PROBE_MEASURE_MS,
        opts.timeoutMs ?? PROBE_TIMEOUT_MS,
      );
    } catch (err) {
      router.close();
      throw err;
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onClose(listener: () => void): void {
    this.closeListeners.add(listener);
  }

  private alive(): void {
    if (this.closed) throw new SfuError('out_of_order', 'the check has ended; start a new one');
  }

  async connect(dtlsParameters: DtlsParameters): Promise<void> {
    this.alive();
    if (this.dtlsGiven) throw new SfuError('out_of_order', 'the check is already connected');
    this.dtlsGiven = true;
    await this.transport.connect({ dtlsParameters });
  }

  async produce(kind: MediaKind, rtpParameters: RtpParameters): Promise<string> {
    this.alive();
    if (this.producers.has(kind)) throw new SfuError('out_of_order', `the check is already sending ${kind}`);
    let producer: Producer;
    try {
      producer = await this.transport.produce({ kind, rtpParameters });
    } catch (err) {
      // mediasoup says UnsupportedError for a codec or kind the router does not take: the client's fault.
      if (err instanceof Error && err.name === 'UnsupportedError') throw new SfuError('bad_request', err.message);
      throw err;
    }
    this.producers.set(kind, producer);
    if (this.producingSince === undefined) {
      this.producingSince = Date.now();
      this.sampler = setInterval(() => void this.sample().catch(() => {}), SAMPLE_EVERY_MS);
    }
    return producer.id;
  }

  private async sample(): Promise<Sample | undefined> {
    if (this.closed) return undefined;
    const stats = (await Promise.all([...this.producers.values()].map((p) => p.getStats()))).flat();
    const rtts = stats.flatMap((s) => (s.roundTripTime ? [s.roundTripTime] : []));
    const sample: Sample = {
      at: Date.now(),
      bytes: stats.reduce((n, s) => n + s.byteCount, 0),
      packets: stats.reduce((n, s) => n + s.packetCount, 0),
      lost: stats.reduce((n, s) => n + Math.max(0, s.packetsLost), 0),
      bitrate: stats.reduce((n, s) => n + s.bitrate, 0),
      rttMs: rtts.length ? Math.max(...rtts) : undefined,
    };
    this.samples.push(sample);
    return sample;
  }

  /** The measurement so far; waits first until media has been measured for `measureMs`. */
  async result(): Promise<ProbeResult> {
    this.alive();
    if (this.producingSince === undefined) throw new SfuError('out_of_order', 'send media over the check first');
    const wait = this.producingSince + this.measureMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.alive();
    const last = await this.sample();
    this.alive();
    const withMedia = this.samples.filter((s) => s.bytes > 0);
    const first = withMedia[0];
    let bitrateKbps = 0;
    // Bits per millisecond are kilobits per second.
    if (first && last && last.at > first.at) bitrateKbps = ((last.bytes - first.bytes) * 8) / (last.at - first.at);
    else if (last) bitrateKbps = last.bitrate / 1000;
    const connected =
      (this.transport.iceState === 'connected' || this.transport.iceState === 'completed') &&
      this.transport.dtlsState === 'connected';
    return {
      connected,
      protocol: connected ? (this.transport.iceSelectedTuple?.protocol ?? null) : null,
      bitrateKbps: Math.round(bitrateKbps),
      packetsReceived: last?.packets ?? 0,
      packetsLost: last?.lost ?? 0,
      ...(last?.rttMs !== undefined ? { rttMs: Math.round(last.rttMs) } : {}),
      durationMs: first && last ? last.at - first.at : 0,
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.expiry);
    clearInterval(this.sampler);
    // Closing the router closes the transport and its producers with it, in the worker too.
    this.router.close();
    for (const listener of this.closeListeners) listener();
    this.closeListeners.clear();
  }
}
