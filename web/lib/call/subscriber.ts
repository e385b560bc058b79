import type { Consumer, Transport } from 'mediasoup-client/types';
import type { MediaSource } from '../../../contracts/protocol/media';
import type { NotificationData } from '../../../contracts/protocol/notifications';
import type { CallStore } from './call-store';
import type { SignallingLink } from './signalling-link';

/** What a consumer was made for, kept on it so a `consumer.closed` can find the tile to clear. */
type ConsumerOrigin = { peerId: string; source: MediaSource };

/**
 * What this person receives: a consumer per remote track on the receive transport, resumed once
 * it exists (the server creates them paused), and each tile's size sent back so the server picks
 * the simulcast layer that fits. One per receive transport, so a reconnect makes a new one; it
 * listens from construction, which is before `peer.ready` asks the server for consumers.
 */
export class Subscriber {
  private readonly consumers = new Map<string, Consumer>();

  constructor(
    private readonly link: SignallingLink,
    private readonly transport: Transport,
    private readonly store: CallStore,
  ) {
    link.on('consumer.new', (c) => void this.consume(c));
    link.on('consumer.closed', ({ consumerId }) => this.drop(consumerId));
  }

  /** The live consumers, for the decoding figures. */
  all(): Iterable<Consumer> {
    return this.consumers.values();
  }

  /** Tells the server how big a remote video is shown, so it can send the fitting layer. */
  reportTileSize(consumerId: string, width: number, height: number): void {
    void this.link
      .request('consumer.setTileSize', { consumerId, width: Math.round(width), height: Math.round(height) })
      .catch(() => {});
  }

  /**
   * After a resume: what the server is sending now. Consumers made while the socket was down are
   * taken up; those closed meanwhile are dropped; the rest never stopped.
   */
  async catchUp(offers: NotificationData<'consumer.new'>[]): Promise<void> {
    const live = new Set(offers.map((o) => o.consumerId));
    for (const id of [...this.consumers.keys()]) if (!live.has(id)) this.drop(id);
    for (const offer of offers) if (!this.consumers.has(offer.consumerId)) await this.consume(offer);
  }

  /** The receive transport, for an ICE restart when its path broke. */
  get iceTransport(): Transport {
    return this.transport;
  }

  close(): void {
    this.transport.close();
    this.consumers.clear();
  }

  private async consume(c: NotificationData<'consumer.new'>): Promise<void> {
    const consumer = await this.transport.consume({
      id: c.consumerId,
      producerId: c.producerId,
      kind: c.kind,
      rtpParameters: c.rtpParameters as Parameters<Transport['consume']>[0]['rtpParameters'],
      appData: { peerId: c.peerId, source: c.source } satisfies ConsumerOrigin,
    });
    this.consumers.set(consumer.id, consumer);
    this.store.updatePeer(c.peerId, (p) => ({
      ...p,
      paused: { ...p.paused, [c.source]: c.producerPaused },
      tracks: { ...p.tracks, [c.source]: { consumerId: consumer.id, track: consumer.track, paused: c.producerPaused } },
    }));
    await this.link.request('consumer.resume', { consumerId: consumer.id });
  }

  private drop(consumerId: string): void {
    const consumer = this.consumers.get(consumerId);
    if (!consumer) return;
    consumer.close();
    this.consumers.delete(consumerId);
    const { peerId, source } = consumer.appData as ConsumerOrigin;
    this.store.updatePeer(peerId, (p) => {
      const tracks = { ...p.tracks };
      delete tracks[source];
      return { ...p, tracks };
    });
  }
}
