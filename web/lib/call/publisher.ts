import type { Producer, ProducerOptions, Transport } from 'mediasoup-client/types';
import type { MediaSource } from '../../../contracts/protocol/media';
import type { CallStore } from './call-store';
import type { SignallingLink } from './signalling-link';

/** Three simulcast layers so each receiver can be sent the size it shows. */
const CAMERA_ENCODINGS: RTCRtpEncodingParameters[] = [
  { rid: 'r0', scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { rid: 'r1', scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { rid: 'r2', scaleResolutionDownBy: 1, maxBitrate: 1_200_000 },
];

/**
 * Per source, how it is encoded: the camera starts at a high bitrate so the larger layers flow at
 * once; the microphone sends nothing in silences (DTX) and covers lost packets (FEC).
 */
const ENCODING: Partial<Record<MediaSource, Partial<ProducerOptions>>> = {
  camera: { encodings: CAMERA_ENCODINGS, codecOptions: { videoGoogleStartBitrate: 1000 } },
  mic: { codecOptions: { opusDtx: true, opusFec: true } },
};

/**
 * What this person sends: a producer per source on the send transport, its track shown in the
 * call state. One per send transport, so a reconnect makes a new one and publishes the tracks again.
 */
export class Publisher {
  private readonly producers = new Map<MediaSource, Producer>();

  constructor(
    private readonly link: SignallingLink,
    private readonly transport: Transport,
    private readonly store: CallStore,
  ) {}

  async publish(source: MediaSource, track: MediaStreamTrack): Promise<void> {
    const producer = await this.transport.produce({
      track,
      appData: { source },
      stopTracks: false,
      ...ENCODING[source],
    });
    this.producers.set(source, producer);
    this.store.update({ local: { ...this.store.getState().local, [source]: track } });
  }

  async unpublish(source: MediaSource): Promise<void> {
    const producer = this.producers.get(source);
    this.producers.delete(source);
    this.store.getState().local[source]?.stop();
    const local = { ...this.store.getState().local };
    delete local[source];
    this.store.update({ local });
    if (producer) {
      producer.close();
      await this.link.request('producer.close', { producerId: producer.id }).catch(() => {});
    }
  }

  async setMicMuted(muted: boolean): Promise<void> {
    const producer = this.producers.get('mic');
    if (!producer) return;
    if (muted) producer.pause();
    else producer.resume();
    this.store.update({ micMuted: muted });
    await this.link.request(muted ? 'producer.pause' : 'producer.resume', { producerId: producer.id });
  }

  /** Turning the camera off stops the track, so the camera light goes off too. */
  async setCameraOff(off: boolean, deviceId?: string): Promise<void> {
    if (off) {
      this.store.update({ cameraOff: true });
      await this.unpublish('camera');
      return;
    }
    const stream = await navigator.mediaDevices.getUserMedia({
      video: deviceId ? { deviceId: { exact: deviceId } } : true,
    });
    this.store.update({ cameraOff: false });
    await this.publish('camera', stream.getVideoTracks()[0]!);
  }

  async startScreenShare(): Promise<void> {
    if (this.producers.has('screen')) return;
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    const track = stream.getVideoTracks()[0]!;
    // The browser's own "Stop sharing" button ends the track.
    track.addEventListener('ended', () => void this.unpublish('screen'));
    await this.publish('screen', track);
  }

  /** The send transport, for an ICE restart when its path broke. */
  get iceTransport(): Transport {
    return this.transport;
  }

  /** Closes the send transport, and with it every producer. */
  close(): void {
    this.transport.close();
    this.producers.clear();
  }
}
