import { CloseCode } from '../contracts/protocol/close-codes';
import { consumerOffers } from '../sfu/consumer-offers';
import type { Peer } from '../sfu/peer';
import type { Room } from '../sfu/room';
import type { RoomDirectory } from '../sfu/room-registry';
import type { Connection, MethodHandlers } from './connection';
import { peerInfo, type SessionIdentity } from './peer-info';
import { ProtocolError } from './protocol-error';
import type { ResumeBook } from './resume-book';
import { requireRight, type RoomAction, type RoomAuthorizer, type RoomRights } from './room-grant';
import { roomMediaHandlers } from './room-media-handlers';
import { tellRoomEvents } from './room-notices';
import type { RoomSessions } from './room-sessions';

/** Where a room session finds rooms, its rights, and the other sessions judged with it. */
export interface RoomSessionDeps {
  rooms: RoomDirectory;
  authorize: RoomAuthorizer;
  sessions: RoomSessions;
  /** Places in rooms kept for a dropped socket to take back (`room.resume`), and for how long. */
  resumes: ResumeBook<RoomSession>;
  resumeGraceMs: number;
  /** Presence: this person is now in a media room (`onLeft`: no longer), so colleagues see them in a call. */
  onJoined?: (roomId: string) => void;
  onLeft?: (roomId: string) => void;
}

/**
 * One connection's part in one room: turns protocol requests into room operations and the
 * room's events into notifications for this participant only. Its rights are decided at join and
 * held; `recheck` decides them again and takes the person out of the room when they have ended.
 * When the socket drops, the place (peer, transports, media) is kept for a grace period for a new
 * socket to take over with the resume token; others are told "reconnecting", never "left".
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
    // 1000 is the client's own close (leaving the page's call on purpose); 4410 the server's, because
    // what the sign-in rested on ended (signed out, a link withdrawn), so no socket can take the place
    // back; anything else is a drop.
    const leaving = (code: number) => code === 1000 || code === CloseCode.SessionEnded;
    connection.socket.once('close', (code: number) => (leaving(code) ? this.leave() : this.dropped()));
    connection.serve({ ...this.handlers(), ...roomMediaHandlers((action) => this.joined(action)) });
  }

  get identityId(): string {
    return this.identity.id;
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

  private handlers(): MethodHandlers<'room.join' | 'room.resume' | 'room.leave'> {
    return {
      'room.join': async ({ roomId }) => {
        this.notInRoom();
        const rights = await this.decide(roomId);
        const room = await this.deps.rooms.getOrCreate(roomId);
        this.notInRoom(); // a second join may have landed while this one awaited
        const others = [...room.peers.values()].filter((p) => p.id !== this.identity.id).map(peerInfo);
        const peer = room.join({ id: this.identity.id, displayName: this.identity.name, role: this.identity.role });
        this.enter(room, peer, rights);
        this.deps.onJoined?.(room.id);
        return {
          peerId: peer.id,
          routerRtpCapabilities: room.router.rtpCapabilities,
          peers: others,
          activeSpeakerId: room.activeSpeakerId,
          resumeToken: this.deps.resumes.issue(this),
        };
      },
      'room.resume': async ({ resumeToken }) => {
        this.notInRoom();
        const { room, peer } = this.deps.resumes.claim(resumeToken, this.identity.id).handOver();
        if (!room || !peer || room.isClosed || room.peers.get(peer.id) !== peer) {
          throw new ProtocolError('expired', 'the call this token was for is over: join again');
        }
        const rights = await this.deps.authorize(room.id);
        if (typeof rights === 'string') {
          // Their access ended while they were away (held, moved, ended): the place is given up.
          if (room.peers.get(peer.id) === peer) room.leave(peer.id);
          this.deps.onLeft?.(room.id);
          throw new ProtocolError('forbidden', rights);
        }
        this.enter(room, peer, rights);
        room.setPeerConnection(peer.id, 'connected');
        return {
          roomId: room.id,
          peerId: peer.id,
          peers: [...room.peers.values()].filter((p) => p !== peer).map(peerInfo),
          consumers: consumerOffers(peer),
          activeSpeakerId: room.activeSpeakerId,
          resumeToken: this.deps.resumes.issue(this),
        };
      },
      'room.leave': async () => {
        await this.joined('room.join');
        this.leave();
        return {};
      },
    };
  }

  private enter(room: Room, peer: Peer, rights: RoomRights): void {
    [this.room, this.peer, this.rights] = [room, peer, rights];
    this.deps.sessions.add(room.id, this);
    this.unsubscribe = tellRoomEvents(room, peer, this.connection, (reason) => {
      if (reason === 'media-failure') this.restart(room.id);
    });
  }

  /** Lets go of the room without leaving it: the place moves to the session that resumed it. */
  private handOver(): { room: Room | undefined; peer: Peer | undefined } {
    const { room, peer } = this;
    this.detach();
    return { room, peer };
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.room) this.deps.sessions.remove(this.room.id, this);
    this.deps.resumes.forget(this);
    this.room = undefined;
    this.peer = undefined;
    this.rights = undefined;
  }

  /** The socket closed: in a room, the place is kept for the grace period; otherwise nothing is left. */
  private dropped(): void {
    const { room, peer } = this;
    if (!room || !peer || room.isClosed) return this.leave();
    room.setPeerConnection(peer.id, 'reconnecting');
    this.deps.resumes.suspend(this, this.deps.resumeGraceMs);
  }

  /** Nobody took the place back in time: the person leaves, as a leave would have. */
  expire(): void {
    this.leave();
  }

  /** The room's worker died: the room is made again on another, and this person is told to join it. */
  private restart(roomId: string): void {
    this.detach();
    this.deps.onLeft?.(roomId);
    this.connection.notify('room.restart', { roomId });
  }

  leave(): void {
    const { room, peer } = this;
    this.detach();
    if (room && peer && room.peers.get(peer.id) === peer) room.leave(peer.id);
    if (room) this.deps.onLeft?.(room.id);
  }
}
