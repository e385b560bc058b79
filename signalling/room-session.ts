import type { DtlsParameters, RtpCapabilities, RtpParameters } from 'mediasoup/types';
import type { Peer } from '../sfu/peer';
import type { Room, RoomEvents } from '../sfu/room';
import type { RoomDirectory } from '../sfu/room-registry';
import type { Connection, MethodHandlers } from './connection';
import type { RoomMethods } from '../contracts/protocol/methods/room';
import { peerInfo, type SessionIdentity } from './peer-info';
import { ProtocolError } from './protocol-error';
import { requireRight, type RoomAction, type RoomAuthorizer, type RoomRights } from './room-grant';
import type { RoomSessions } from './room-sessions';

/** Where a room session finds rooms, its rights, and the other sessions judged with it. */
export interface RoomSessionDeps {
  rooms: RoomDirectory;
  authorize: RoomAuthorizer;
  sessions: RoomSessions;
  /** Presence: this person is now in a media room (`onLeft`: no longer), so colleagues see them in a call. */
  onJoined?: (roomId: string) => void;
  onLeft?: (roomId: string) => void;
}

/**
 * One connection's part in one room: turns protocol requests into room operations and the
 * room's events into notifications for this participant only. Its rights are decided at join and
 * held; `recheck` decides them again and takes the person out of the room when they have ended.
 */
export class RoomSession {
  private room: Room | undefined;
  private peer: Peer | undefined;
  private rights: RoomRights | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly identity: SessionIdentity,
    private readonly deps: RoomSessionDeps,
  ) {
    connection.socket.once('close', () => this.leave());
    connection.serve(this.handlers());
  }

  private async decide(roomId: string): Promise<RoomRights> {
    const rights = await this.deps.authorize(roomId);
    if (typeof rights === 'string') throw new ProtocolError('forbidden', rights);
    return rights;
  }

  /** The room and this participant in it, if the rights held at join allow `action`. */
  private async joined(action: RoomAction): Promise<{ room: Room; peer: Peer }> {
    const { room, peer, rights } = this;
    if (!room || !peer || !rights || room.isClosed) throw new ProtocolError('out_of_order', 'join a room first');
    requireRight(rights, action);
    return { room, peer };
  }

  private notInRoom(): void {
    if (this.room) throw new ProtocolError('out_of_order', `already in room ${this.room.id}; leave it first`);
  }

  /** Decides this person's rights again (the room's consultation changed); out of the room if they ended. */
  async recheck(): Promise<void> {
    const room = this.room;
    if (!room) return;
    const rights = await this.deps.authorize(room.id).catch(() => this.rights ?? 'your access could not be confirmed');
    if (this.room !== room) return;
    if (typeof rights !== 'string') {
      this.rights = rights;
      return;
    }
    this.leave();
    this.connection.notify('room.closed', { roomId: room.id, reason: rights });
  }

  private handlers(): MethodHandlers<keyof typeof RoomMethods> {
    return {
      'room.join': async ({ roomId }) => {
        this.notInRoom();
        const rights = await this.decide(roomId);
        const room = await this.deps.rooms.getOrCreate(roomId);
        this.notInRoom(); // a second join may have landed while this one awaited
        const others = [...room.peers.values()].filter((p) => p.id !== this.identity.id).map(peerInfo);
        this.peer = room.join({ id: this.identity.id, displayName: this.identity.name, role: this.identity.role });
        this.room = room;
        this.rights = rights;
        this.deps.sessions.add(room.id, this);
        this.subscribe(room, this.peer);
        this.deps.onJoined?.(room.id);
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
    if (this.room) this.deps.sessions.remove(this.room.id, this);
    this.rights = undefined;
    if (this.room && this.peer && this.room.peers.get(this.peer.id) === this.peer) this.room.leave(this.peer.id);
    if (this.room) this.deps.onLeft?.(this.room.id);
    this.room = undefined;
    this.peer = undefined;
  }
}
