import type { Consumer, Producer, RtpCapabilities, WebRtcTransport } from 'mediasoup/types';
import { SfuError } from './sfu-error';

export type MediaSource = 'mic' | 'camera' | 'screen';

export interface PeerIdentity {
  id: string;
  displayName: string;
  role: string;
}

export interface ProducerAppData extends Record<string, unknown> {
  peerId: string;
  source: MediaSource;
}

export interface ConsumerAppData extends Record<string, unknown> {
  peerId: string;
  source: MediaSource;
}

/** One participant's media state in a room: its transports, what it sends and what it receives. */
export class Peer {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
  rtpCapabilities: RtpCapabilities | undefined;
  readonly transports = new Map<string, WebRtcTransport>();
  readonly producers = new Map<string, Producer<ProducerAppData>>();
  readonly consumers = new Map<string, Consumer<ConsumerAppData>>();
  private sendTransportId: string | undefined;
  private recvTransportId: string | undefined;

  constructor(identity: PeerIdentity) {
    this.id = identity.id;
    this.displayName = identity.displayName;
    this.role = identity.role;
  }

  get ready(): boolean {
    return this.rtpCapabilities !== undefined && this.recvTransport !== undefined;
  }

  get recvTransport(): WebRtcTransport | undefined {
    return this.recvTransportId ? this.transports.get(this.recvTransportId) : undefined;
  }

  addTransport(direction: 'send' | 'recv', transport: WebRtcTransport): void {
    const previous = direction === 'send' ? this.sendTransportId : this.recvTransportId;
    if (previous) this.transports.get(previous)?.close();
    this.transports.set(transport.id, transport);
    if (direction === 'send') this.sendTransportId = transport.id;
    else this.recvTransportId = transport.id;
    transport.observer.once('close', () => this.transports.delete(transport.id));
  }

  transport(id: string): WebRtcTransport {
    const t = this.transports.get(id);
    if (!t) throw new SfuError('not_found', `no transport ${id} for this participant`);
    return t;
  }

  sendTransport(id: string): WebRtcTransport {
    if (id !== this.sendTransportId)
      throw new SfuError('not_found', `transport ${id} is not this participant's send transport`);
    return this.transport(id);
  }

  producer(id: string): Producer<ProducerAppData> {
    const p = this.producers.get(id);
    if (!p) throw new SfuError('not_found', `no producer ${id} of this participant`);
    return p;
  }

  consumer(id: string): Consumer<ConsumerAppData> {
    const c = this.consumers.get(id);
    if (!c) throw new SfuError('not_found', `no consumer ${id} of this participant`);
    return c;
  }

  /** Closing the transports closes every producer and consumer on them. */
  close(): void {
    for (const t of this.transports.values()) t.close();
    this.transports.clear();
    this.producers.clear();
    this.consumers.clear();
  }
}
