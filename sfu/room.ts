import { EventEmitter } from 'node:events';
import type {
  ActiveSpeakerObserver,
  DtlsParameters,
  MediaKind,
  Router,
  RtpCapabilities,
  RtpParameters,
  WebRtcServer,
} from 'mediasoup/types';
import { NotFoundError } from 'mediasoup/errors';
import { MEDIA_CODECS } from './media-codecs';
import { Peer, type ConsumerAppData, type MediaSource, type PeerIdentity, type ProducerAppData } from './peer';
import { SfuError } from './sfu-error';
import { spatialLayerForTile } from './simulcast';
import type { WorkerPool } from './worker-pool';

export interface ConsumerCreated {
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  rtpParameters: RtpParameters;
  producerPaused: boolean;
}

export interface RoomEvents {
  peerJoined: [peer: Peer];
  peerLeft: [peerId: string];
  /** A consumer was created for `receiver`; it starts paused until the receiver resumes it. */
  consumerCreated: [receiver: Peer, consumer: ConsumerCreated];
  consumerClosed: [receiver: Peer, consumerId: string];
  producerState: [change: { peerId: string; producerId: string; source: MediaSource; paused: boolean }];
  activeSpeaker: [peerId: string | null];
  /** A participant's signalling dropped and is being restored, or is back; their media is untouched. */
  peerConnection: [change: { peerId: string; state: 'reconnecting' | 'connected' }];
  /** 'ended': closed on purpose (emptied, shut down); 'media-failure': its worker died under it. */
  closed: [reason: RoomClosedReason];
}

/** Why a room closed: on purpose, or because the media worker it ran on died. */
export type RoomClosedReason = 'ended' | 'media-failure';

export interface RoomSnapshot {
  peers: number;
  transports: number;
  producers: number;
  consumers: number;
}

/**
 * Runs an operation on a producer or consumer that may close while it is in flight (a screen share
 * stopping as the other side resizes its tile): a race every call meets, answered as not_found
 * rather than as a server fault with a stack trace.
 */
async function whileOpen<T>(item: { readonly closed: boolean }, what: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    // The worker may answer that it no longer has the item before Node hears it closed.
    if (item.closed || err instanceof NotFoundError) throw new SfuError('not_found', `that ${what} has just closed`);
    throw err;
  }
}

/** A call: one mediasoup router, its participants, and who is speaking. */
export class Room extends EventEmitter<RoomEvents> {
  readonly peers = new Map<string, Peer>();
  /** The loudest participant now, for those who join after the observer last said so. */
  private speakerId: string | null = null;
  private closed = false;

  private constructor(
    readonly id: string,
    readonly router: Router,
    private readonly webRtcServer: WebRtcServer,
    private readonly speakers: ActiveSpeakerObserver,
  ) {
    super();
    speakers.on('dominantspeaker', ({ producer }) => {
      this.speakerId = (producer.appData as ProducerAppData).peerId ?? null;
      this.emit('activeSpeaker', this.speakerId);
    });
    // Closed by us, the room is closed already when its router says so; otherwise the worker died.
    router.observer.once('close', () => this.close('media-failure'));
  }

  static async create(id: string, pool: WorkerPool): Promise<Room> {
    const { router, webRtcServer } = await pool.createRouter({ mediaCodecs: MEDIA_CODECS });
    const speakers = await router.createActiveSpeakerObserver({ interval: 300 });
    return new Room(id, router, webRtcServer, speakers);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get activeSpeakerId(): string | null {
    return this.speakerId;
  }

  peer(id: string): Peer {
    const p = this.peers.get(id);
    if (!p) throw new SfuError('out_of_order', 'join the room first');
    return p;
  }

  join(identity: PeerIdentity): Peer {
    if (this.closed) throw new SfuError('out_of_order', 'this room has closed');
    // The same identity joining again (a reload, a second tab) replaces its earlier self, without
    // the room closing in between for being empty.
    if (this.peers.has(identity.id)) this.leave(identity.id, { keepOpen: true });
    const peer = new Peer(identity);
    this.peers.set(peer.id, peer);
    this.emit('peerJoined', peer);
    return peer;
  }

  leave(peerId: string, opts: { keepOpen?: boolean } = {}): void {
    const peer = this.peers.get(peerId);
    if (!peer) return;
    this.peers.delete(peerId);
    if (this.speakerId === peerId) this.speakerId = null;
    peer.close();
    this.emit('peerLeft', peerId);
    if (this.peers.size === 0 && !opts.keepOpen) this.close();
  }

  async createTransport(peer: Peer, direction: 'send' | 'recv') {
    const transport = await this.router.createWebRtcTransport({
      webRtcServer: this.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { peerId: peer.id, direction },
    });
    peer.addTransport(direction, transport);
    return transport;
  }

  async connectTransport(peer: Peer, transportId: string, dtlsParameters: DtlsParameters): Promise<void> {
    await peer.transport(transportId).connect({ dtlsParameters });
  }

  /** The peer can receive from now on: it is sent everything already being produced. */
  async setReady(peer: Peer, rtpCapabilities: RtpCapabilities): Promise<void> {
    if (!peer.recvTransport) throw new SfuError('out_of_order', 'create a receive transport before peer.ready');
    peer.rtpCapabilities = rtpCapabilities;
    for (const other of this.peers.values()) {
      if (other === peer) continue;
      for (const producerId of other.producers.keys()) await this.consume(peer, other, producerId);
    }
  }

  async produce(
    peer: Peer,
    opts: { transportId: string; kind: MediaKind; source: MediaSource; rtpParameters: RtpParameters; paused?: boolean },
  ): Promise<string> {
    for (const p of peer.producers.values()) {
      if (p.appData.source === opts.source)
        throw new SfuError('out_of_order', `already sending ${opts.source}; close it first`);
    }
    const producer = await peer.sendTransport(opts.transportId).produce<ProducerAppData>({
      kind: opts.kind,
      rtpParameters: opts.rtpParameters,
      paused: opts.paused ?? false,
      appData: { peerId: peer.id, source: opts.source },
    });
    peer.producers.set(producer.id, producer);
    producer.observer.once('close', () => peer.producers.delete(producer.id));
    if (opts.source === 'mic') await this.speakers.addProducer({ producerId: producer.id });
    for (const other of this.peers.values()) {
      if (other !== peer && other.ready) await this.consume(other, peer, producer.id);
    }
    return producer.id;
  }

  private async consume(receiver: Peer, sender: Peer, producerId: string): Promise<void> {
    const producer = sender.producers.get(producerId);
    const transport = receiver.recvTransport;
    if (!producer || !transport || !receiver.rtpCapabilities) return;
    if (!this.router.canConsume({ producerId, rtpCapabilities: receiver.rtpCapabilities })) return;
    const consumer = await transport.consume<ConsumerAppData>({
      producerId,
      rtpCapabilities: receiver.rtpCapabilities,
      // Paused until the receiver has its consumer set up, so the first key frame is not lost.
      paused: true,
      appData: { peerId: sender.id, source: producer.appData.source },
    });
    receiver.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => {
      receiver.consumers.delete(consumer.id);
      if (this.peers.get(receiver.id) === receiver) this.emit('consumerClosed', receiver, consumer.id);
    });
    this.emit('consumerCreated', receiver, {
      consumerId: consumer.id,
      producerId,
      peerId: sender.id,
      kind: consumer.kind,
      source: producer.appData.source,
      rtpParameters: consumer.rtpParameters,
      producerPaused: consumer.producerPaused,
    });
  }

  async setProducerPaused(peer: Peer, producerId: string, paused: boolean): Promise<void> {
    const producer = peer.producer(producerId);
    await whileOpen(producer, 'producer', () => (paused ? producer.pause() : producer.resume()));
    this.emit('producerState', { peerId: peer.id, producerId, source: producer.appData.source, paused });
  }

  closeProducer(peer: Peer, producerId: string): void {
    peer.producer(producerId).close();
  }

  async resumeConsumer(peer: Peer, consumerId: string): Promise<void> {
    const consumer = peer.consumer(consumerId);
    await whileOpen(consumer, 'consumer', () => consumer.resume());
  }

  async setTileSize(peer: Peer, consumerId: string, width: number, height: number): Promise<number> {
    const consumer = peer.consumer(consumerId);
    if (consumer.type !== 'simulcast') return 0;
    const spatialLayer = spatialLayerForTile(width, height);
    await whileOpen(consumer, 'consumer', () => consumer.setPreferredLayers({ spatialLayer, temporalLayer: 2 }));
    return spatialLayer;
  }

  /** Counts as mediasoup's worker itself reports them, to prove clean-up. */
  async mediaState(): Promise<Omit<RoomSnapshot, 'peers'>> {
    if (this.router.closed) return { transports: 0, producers: 0, consumers: 0 };
    const dump = await this.router.dump();
    return {
      transports: dump.transportIds.length,
      producers: dump.mapProducerIdConsumerIds.length,
      consumers: dump.mapConsumerIdProducerId.length,
    };
  }

  /** Counts from this process's view of the room, for metrics. */
  snapshot(): RoomSnapshot {
    let transports = 0;
    let producers = 0;
    let consumers = 0;
    for (const p of this.peers.values()) {
      transports += p.transports.size;
      producers += p.producers.size;
      consumers += p.consumers.size;
    }
    return { peers: this.peers.size, transports, producers, consumers };
  }

  /** Tells the others that `peerId`'s connection dropped or came back (their tile says so). */
  setPeerConnection(peerId: string, state: 'reconnecting' | 'connected'): void {
    if (this.peers.has(peerId)) this.emit('peerConnection', { peerId, state });
  }

  close(reason: RoomClosedReason = 'ended'): void {
    if (this.closed) return;
    this.closed = true;
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.router.close();
    this.emit('closed', reason);
  }
}
