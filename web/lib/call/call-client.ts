import { Device } from 'mediasoup-client';
import type { Consumer, Producer, RtpCapabilities, Transport } from 'mediasoup-client/types';
import { SignallingClient } from '../../../contracts/client/signalling-client';
import type { MediaSource, PeerInfo } from '../../../contracts/protocol/media';
import type { NotificationData } from '../../../contracts/protocol/notifications';
import { initialCallState, type CallState, type RemotePeer } from './call-state';

export interface JoinOptions {
  /** An open signalling connection to use (the waiting area's); it stays open after leaving. */
  signalling?: SignallingClient;
  wsUrl?: string;
  /** Without one, the session cookie set at sign-in or invite redemption is used. */
  token?: string;
  roomId: string;
  displayName: string;
  /** Tracks from the pre-join check; the call takes them over. */
  mic?: MediaStreamTrack;
  camera?: MediaStreamTrack;
}

/** Three simulcast layers so each receiver can be sent the size it shows. */
const CAMERA_ENCODINGS: RTCRtpEncodingParameters[] = [
  { rid: 'r0', scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { rid: 'r1', scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { rid: 'r2', scaleResolutionDownBy: 1, maxBitrate: 1_200_000 },
];

/**
 * One person's side of a call: the browser mirror of the server's Room and Peer. It owns the
 * mediasoup-client device and transports and publishes a new immutable CallState on each change.
 */
export class CallClient {
  private state: CallState = initialCallState;
  private readonly listeners = new Set<() => void>();
  private signalling: SignallingClient | undefined;
  private ownsSignalling = false;
  private readonly unsubscribe: (() => void)[] = [];
  private sendTransport: Transport | undefined;
  private recvTransport: Transport | undefined;
  private readonly producers = new Map<MediaSource, Producer>();
  private readonly consumers = new Map<string, Consumer>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CallState => this.state;

  private update(change: Partial<CallState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  private updatePeer(peerId: string, change: (p: RemotePeer) => RemotePeer): void {
    this.update({ peers: this.state.peers.map((p) => (p.peerId === peerId ? change(p) : p)) });
  }

  async join(opts: JoinOptions): Promise<void> {
    this.update({ status: 'joining', displayName: opts.displayName, error: undefined });
    try {
      const s = opts.signalling ?? (await SignallingClient.connect(opts.wsUrl!, opts.token));
      this.signalling = s;
      this.ownsSignalling = !opts.signalling;
      // Registered per call, and removed with its other listeners, as the connection may outlive it.
      const offClose = s.onClose((code, reason) => {
        if (this.state.status === 'joined' || this.state.status === 'joining') {
          this.teardown();
          this.update({ status: 'failed', error: `The connection to the call was lost (${reason || code}).` });
        }
      });
      this.unsubscribe.push(offClose);
      this.listen(s);
      const joined = await s.request('room.join', { roomId: opts.roomId });
      // Before any later `activeSpeaker` notification is handled, which would be newer.
      this.update({ activeSpeakerId: joined.activeSpeakerId });
      const device = new Device();
      await device.load({ routerRtpCapabilities: joined.routerRtpCapabilities as RtpCapabilities });
      // Someone may have joined after us but been announced before our own answer arrived: keep them.
      const announced = this.state.peers.filter((p) => !joined.peers.some((j) => j.peerId === p.peerId));
      this.update({ selfId: joined.peerId, peers: [...joined.peers.map(remotePeer), ...announced] });
      this.sendTransport = await this.createTransport(device, 'send');
      this.recvTransport = await this.createTransport(device, 'recv');
      await s.request('peer.ready', { rtpCapabilities: device.rtpCapabilities });
      this.update({ status: 'joined' });
      if (opts.mic) await this.publish('mic', opts.mic);
      if (opts.camera) await this.publish('camera', opts.camera);
    } catch (err) {
      this.teardown();
      this.update({ status: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
  }

  private async createTransport(device: Device, direction: 'send' | 'recv'): Promise<Transport> {
    const s = this.signalling!;
    const p = await s.request('transport.create', { direction });
    const params = {
      id: p.transportId,
      iceParameters: p.iceParameters,
      iceCandidates: p.iceCandidates,
      dtlsParameters: p.dtlsParameters,
    } as Parameters<Device['createSendTransport']>[0];
    const transport = direction === 'send' ? device.createSendTransport(params) : device.createRecvTransport(params);
    transport.on('connect', ({ dtlsParameters }, done, fail) => {
      s.request('transport.connect', { transportId: transport.id, dtlsParameters }).then(() => done(), fail);
    });
    transport.on('produce', ({ kind, rtpParameters, appData }, done, fail) => {
      const source = appData.source as MediaSource;
      s.request('producer.create', { transportId: transport.id, kind, source, rtpParameters }).then(
        ({ producerId }) => done({ id: producerId }),
        fail,
      );
    });
    return transport;
  }

  private listen(s: SignallingClient): void {
    const on: SignallingClient['on'] = (method, listener) => {
      const off = s.on(method, listener);
      this.unsubscribe.push(off);
      return off;
    };
    on('peer.joined', ({ peer }) => {
      if (!this.state.peers.some((p) => p.peerId === peer.peerId))
        this.update({ peers: [...this.state.peers, remotePeer(peer)] });
    });
    on('peer.left', ({ peerId }) => {
      this.update({
        peers: this.state.peers.filter((p) => p.peerId !== peerId),
        activeSpeakerId: this.state.activeSpeakerId === peerId ? null : this.state.activeSpeakerId,
      });
    });
    on('consumer.new', (c) => void this.consume(c));
    on('consumer.closed', ({ consumerId }) => this.dropConsumer(consumerId));
    on('producer.state', ({ peerId, source, paused }) =>
      this.updatePeer(peerId, (p) => {
        const track = p.tracks[source];
        return {
          ...p,
          paused: { ...p.paused, [source]: paused },
          tracks: track ? { ...p.tracks, [source]: { ...track, paused } } : p.tracks,
        };
      }),
    );
    on('activeSpeaker', ({ peerId }) => this.update({ activeSpeakerId: peerId }));
  }

  private async consume(c: NotificationData<'consumer.new'>): Promise<void> {
    const consumer = await this.recvTransport!.consume({
      id: c.consumerId,
      producerId: c.producerId,
      kind: c.kind,
      rtpParameters: c.rtpParameters as Parameters<Transport['consume']>[0]['rtpParameters'],
      appData: { peerId: c.peerId, source: c.source },
    });
    this.consumers.set(consumer.id, consumer);
    this.updatePeer(c.peerId, (p) => ({
      ...p,
      paused: { ...p.paused, [c.source]: c.producerPaused },
      tracks: { ...p.tracks, [c.source]: { consumerId: consumer.id, track: consumer.track, paused: c.producerPaused } },
    }));
    await this.signalling!.request('consumer.resume', { consumerId: consumer.id });
  }

  private dropConsumer(consumerId: string): void {
    const consumer = this.consumers.get(consumerId);
    if (!consumer) return;
    consumer.close();
    this.consumers.delete(consumerId);
    const { peerId, source } = consumer.appData as { peerId: string; source: MediaSource };
    this.updatePeer(peerId, (p) => {
      const tracks = { ...p.tracks };
      delete tracks[source];
      return { ...p, tracks };
    });
  }

  private async publish(source: MediaSource, track: MediaStreamTrack): Promise<void> {
    const producer = await this.sendTransport!.produce({
      track,
      appData: { source },
      stopTracks: false,
      ...(source === 'camera' ? { encodings: CAMERA_ENCODINGS, codecOptions: { videoGoogleStartBitrate: 1000 } } : {}),
      ...(source === 'mic' ? { codecOptions: { opusDtx: true, opusFec: true } } : {}),
    });
    this.producers.set(source, producer);
    this.update({ local: { ...this.state.local, [source]: track } });
  }

  private async unpublish(source: MediaSource): Promise<void> {
    const producer = this.producers.get(source);
    this.producers.delete(source);
    this.state.local[source]?.stop();
    const local = { ...this.state.local };
    delete local[source];
    this.update({ local });
    if (producer) {
      producer.close();
      await this.signalling?.request('producer.close', { producerId: producer.id }).catch(() => {});
    }
  }

  async setMicMuted(muted: boolean): Promise<void> {
    const producer = this.producers.get('mic');
    if (!producer) return;
    if (muted) producer.pause();
    else producer.resume();
    this.update({ micMuted: muted });
    await this.signalling!.request(muted ? 'producer.pause' : 'producer.resume', { producerId: producer.id });
  }

  /** Turning the camera off stops the track, so the camera light goes off too. */
  async setCameraOff(off: boolean, deviceId?: string): Promise<void> {
    if (off) {
      this.update({ cameraOff: true });
      await this.unpublish('camera');
      return;
    }
    const stream = await navigator.mediaDevices.getUserMedia({
      video: deviceId ? { deviceId: { exact: deviceId } } : true,
    });
    this.update({ cameraOff: false });
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

  stopScreenShare(): Promise<void> {
    return this.unpublish('screen');
  }

  /** Tells the server how big a remote video is shown, so it can send the fitting layer. */
  reportTileSize(consumerId: string, width: number, height: number): void {
    void this.signalling
      ?.request('consumer.setTileSize', { consumerId, width: Math.round(width), height: Math.round(height) })
      .catch(() => {});
  }

  /** Decoding figures per remote video, for the call's diagnostics panel and tests. */
  async inboundVideoStats(): Promise<
    { consumerId: string; source: string; framesDecoded: number; frameWidth?: number }[]
  > {
    const out = [];
    for (const consumer of this.consumers.values()) {
      if (consumer.kind !== 'video') continue;
      for (const s of (await consumer.getStats()).values()) {
        if (s.type === 'inbound-rtp') {
          out.push({
            consumerId: consumer.id,
            source: String((consumer.appData as { source: string }).source),
            framesDecoded: s.framesDecoded ?? 0,
            frameWidth: s.frameWidth,
          });
        }
      }
    }
    return out;
  }

  async leave(): Promise<void> {
    await this.signalling?.request('room.leave', {}).catch(() => {});
    this.teardown();
    this.update({ status: 'left', peers: [], activeSpeakerId: null });
  }

  private teardown(): void {
    const s = this.signalling;
    this.signalling = undefined;
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.ownsSignalling) s?.close();
    for (const t of Object.values(this.state.local)) t?.stop();
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.producers.clear();
    this.consumers.clear();
    this.update({ local: {} });
  }
}

function remotePeer(info: PeerInfo): RemotePeer {
  const paused: RemotePeer['paused'] = {};
  for (const p of info.producers) paused[p.source] = p.paused;
  return { peerId: info.peerId, displayName: info.displayName, role: info.role, tracks: {}, paused };
}
