import type { DtlsParameters, RtpCapabilities, RtpParameters } from 'mediasoup/types';
import type { Peer } from '../sfu/peer';
import type { Room, RoomEvents } from '../sfu/room';
import type { RoomDirectory } from '../sfu/room-registry';
import type { Connection, MethodHandlers } from './connection';
import type { PeerInfo } from '../contracts/protocol/media';
import type { RoomMethods } from '../contracts/protocol/methods/room';
import { ProtocolError } from './protocol-error';

export interface SessionIdentity {
  id: string;
  /** The name others see on this person's tile, from the sign-in or invite, never from the client. */
  name: string;
  role: string;
}

export type RoomAction = 'room.join' | 'room.publish' | 'room.subscribe';

/** Answers whether the identity may act on the room: null when allowed, else the reason. */
export type RoomAuthorizer = (action: RoomAction, roomId: string) => Promise<string | null>;

export function peerInfo(peer: Peer): PeerInfo {
  return {
    peerId: peer.id,
    displayName: peer.displayName,
    role: peer.role,
    producers: [...peer.producers.values()].map((p) => ({
      producerId: p.id,
      source: p.appData.source,
      kind: p.kind,
      paused: p.paused,
    })),
  };
}

export function translateSfuError(err: unknown): ProtocolError | undefined {
  // mediasoup rejects malformed RTP/DTLS parameters with a TypeError naming the field, parameters
  // it cannot serve (a codec, a layer) with UnsupportedError, and out-of-range numbers with RangeError.
  if (err instanceof TypeError || err instanceof RangeError) return new ProtocolError('bad_request', err.message);
  if (err instanceof Error && err.name === 'UnsupportedError') return new ProtocolError('bad_request', err.message);
  return undefined;
}

/**
 * One connection's part in one room: turns protocol requests into room operations and the
 * room's events into notifications for this participant only.
 */
export class RoomSession {
  private room: Room | undefined;
  private peer: Peer | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly identity: SessionIdentity,
    private readonly rooms: RoomDirectory,
    private readonly authorize: RoomAuthorizer,
  ) {
    connection.socket.once('close', () => this.leave());
    connection.serve(this.handlers());
  }

  private async check(action: RoomAction, roomId: string): Promise<void> {
    const reason = await this.authorize(action, roomId);
    if (reason) throw new ProtocolError('forbidden', reason);
  }

  /**
   * The room and this participant in it, after checking it may still do `action` there: rights
   * can end mid-call (a guest put on hold), so every request asks again.
   */
  private async joined(action: RoomAction): Promise<{ room: Room; peer: Peer }> {
    const { room, peer } = this;
    if (!room || !peer || room.isClosed) throw new ProtocolError('out_of_order', 'join a room first');
    await this.check(action, room.id);
    return { room, peer };
  }

  private handlers(): MethodHandlers<keyof typeof RoomMethods> {
    return {
      'room.join': async ({ roomId }) => {
        await this.check('room.join', roomId);
        if (this.room) throw new ProtocolError('out_of_order', `already in room ${this.room.id}; leave it first`);
        const room = await this.rooms.getOrCreate(roomId);
        const others = [...room.peers.values()].filter((p) => p.id !== this.identity.id).map(peerInfo);
        this.peer = room.join({ id: this.identity.id, displayName: this.identity.name, role: this.identity.role });
        this.room = room;
        this.subscribe(room, this.peer);
        return {
          peerId: this.peer.id,
          routerRtpCapabilities: room.router.rtpCapabilities,
          peers: others,
          activeSpeakerId: room.activeSpeakerId,
        };
      },
      'transport.create': async ({ direction }) => {
        const { room, peer } = await this.joined(direction === 'send' ? 'room.publish' : 'room.subscribe');
        const t = await room.createTransport(peer, direction);
        return {
          transportId: t.id,
          iceParameters: t.iceParameters,
          iceCandidates: t.iceCandidates,
          dtlsParameters: t.dtlsParameters,
        };
      },
      'transport.connect': async ({ transportId, dtlsParameters }) => {
        const { room, peer } = await this.joined('room.join');
        await room.connectTransport(peer, transportId, dtlsParameters as DtlsParameters);
        return {};
      },
      'peer.ready': async ({ rtpCapabilities }) => {
        const { room, peer } = await this.joined('room.subscribe');
        await room.setReady(peer, rtpCapabilities as RtpCapabilities);
        return {};
      },
      'producer.create': async ({ transportId, kind, source, rtpParameters, paused }) => {
        const { room, peer } = await this.joined('room.publish');
        const params = { transportId, kind, source, rtpParameters: rtpParameters as RtpParameters, paused };
        return { producerId: await room.produce(peer, params) };
      },
      'producer.pause': async ({ producerId }) => {
        const { room, peer } = await this.joined('room.join');
        await room.setProducerPaused(peer, producerId, true);
        return {};
      },
      'producer.resume': async ({ producerId }) => {
        const { room, peer } = await this.joined('room.publish');
        await room.setProducerPaused(peer, producerId, false);
        return {};
      },
      'producer.close': async ({ producerId }) => {
        const { room, peer } = await this.joined('room.join');
        room.closeProducer(peer, producerId);
        return {};
      },
      'consumer.resume': async ({ consumerId }) => {
        const { room, peer } = await this.joined('room.subscribe');
        await room.resumeConsumer(peer, consumerId);
        return {};
      },
      'consumer.setTileSize': async ({ consumerId, width, height }) => {
        const { room, peer } = await this.joined('room.subscribe');
        return { spatialLayer: await room.setTileSize(peer, consumerId, width, height) };
      },
      'room.leave': async () => {
        await this.joined('room.join');
        this.leave();
        return {};
      },
    };
  }

  private subscribe(room: Room, self: Peer): void {
    const c = this.connection;
    const on: { [E in keyof RoomEvents]?: (...args: RoomEvents[E]) => void } = {
      peerJoined: (peer) => peer !== self && c.notify('peer.joined', { peer: peerInfo(peer) }),
      peerLeft: (peerId) => peerId !== self.id && c.notify('peer.left', { peerId }),
      consumerCreated: (receiver, consumer) => receiver === self && c.notify('consumer.new', consumer),
      consumerClosed: (receiver, consumerId) => receiver === self && c.notify('consumer.closed', { consumerId }),
      producerState: (change) => change.peerId !== self.id && c.notify('producer.state', change),
      activeSpeaker: (peerId) => c.notify('activeSpeaker', { peerId }),
    };
    for (const [event, fn] of Object.entries(on)) room.on(event as keyof RoomEvents, fn as never);
    this.unsubscribe = () => {
      for (const [event, fn] of Object.entries(on)) room.off(event as keyof RoomEvents, fn as never);
    };
  }

  leave(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.room && this.peer && this.room.peers.get(this.peer.id) === this.peer) this.room.leave(this.peer.id);
    this.room = undefined;
    this.peer = undefined;
  }
}
