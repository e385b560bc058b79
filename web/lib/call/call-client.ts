import { CALL_RECONNECT } from '../../../contracts/client/reconnect';
import { RequestError, SignallingClient } from '../../../contracts/client/signalling-client';
import { CallConnection } from './call-connection';
import type { LocalMedia } from './call-state';
import { readInboundVideoStats, type InboundVideoStat } from './call-stats';
import { CallStore } from './call-store';
import { SignallingLink } from './signalling-link';

/** What a screen brings to a call: a connection or the means to open one, the room, and its pre-join tracks. */
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

// A room made again on another media server may take a moment to exist: rejoining is tried this often.
const REJOIN_TRIES = 8;
const REJOIN_WAIT_MS = 500;

/**
 * One person's side of a call: the browser mirror of the server's Room and Peer, and the one object
 * the screens talk to. It keeps the call state (published as a new immutable CallState on each
 * change) and hands the media work to the connection it is on. A dropped socket is resumed (the
 * server kept this person's place); a room whose media server failed is joined again with the same
 * camera and microphone. Either way the call says "reconnecting" and nobody has to press anything.
 */
export class CallClient {
  private readonly store = new CallStore();
  private connection: CallConnection | undefined;
  private signalling: SignallingClient | undefined;
  private ownsSignalling = false;
  private roomId = '';
  private resumeToken: string | undefined;

  subscribe = this.store.subscribe;
  getState = this.store.getState;

  async join(opts: JoinOptions): Promise<void> {
    const store = this.store;
    store.update({ status: 'joining', displayName: opts.displayName, error: undefined, closedReason: undefined });
    try {
      this.ownsSignalling = !opts.signalling;
      this.signalling =
        opts.signalling ?? (await SignallingClient.connect(opts.wsUrl!, opts.token, WebSocket, CALL_RECONNECT));
      this.roomId = opts.roomId;
      await this.attempt({ mic: opts.mic, camera: opts.camera });
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err));
    }
  }

  /** One go at the room on the connection: join, send the tracks, and listen for what ends or moves it. */
  private async attempt(tracks: LocalMedia): Promise<void> {
    const store = this.store;
    const link = SignallingLink.borrow(this.signalling!);
    const connection = (this.connection = new CallConnection(link, store));
    // The server took us out (the consultation was held, moved or ended): nothing is left to send to.
    link.on('room.closed', ({ roomId, reason }) => {
      if (roomId !== this.roomId) return;
      this.teardown();
      store.update({ status: 'left', peers: [], activeSpeakerId: null, closedReason: reason });
    });
    link.on('room.restart', ({ roomId }) => roomId === this.roomId && void this.rejoin());
    link.onClose((code, reason) => {
      const { status } = store.getState();
      if (status !== 'joined' && status !== 'joining') return;
      if (link.reconnecting) return store.update({ connection: 'reconnecting' });
      this.fail(`The connection to the call was lost (${reason || code}).`);
    });
    link.onReconnect(() => void this.resume());
    const { publisher, resumeToken } = await connection.enter(this.roomId);
    this.resumeToken = resumeToken;
    store.update({ status: 'joined', connection: 'connected' });
    for (const source of ['mic', 'camera', 'screen'] as const) {
      const track = tracks[source];
      if (track && track.readyState === 'live') await publisher.publish(source, track);
    }
    if (store.getState().micMuted) await publisher.setMicMuted(true);
  }

  /** The socket is back: take over the place the server kept, or join again if it is gone. */
  private async resume(): Promise<void> {
    const connection = this.connection;
    if (!connection || !this.resumeToken || this.store.getState().status !== 'joined') return;
    try {
      const resumed = await connection.link.request('room.resume', { resumeToken: this.resumeToken });
      this.resumeToken = resumed.resumeToken;
      await connection.catchUp(resumed);
      this.store.update({ connection: 'connected' });
    } catch (err) {
      const code = err instanceof RequestError ? err.code : undefined;
      if (code === 'expired') return this.rejoin();
      // Access ended while away (held, moved, ended): as if the server had taken them out.
      if (code === 'forbidden') {
        this.teardown();
        this.store.update({ status: 'left', peers: [], activeSpeakerId: null, closedReason: (err as Error).message });
      }
      // Disconnected again: the next reconnect resumes.
    }
  }

  /** The room is gone from under us (its media server failed, or the place expired): in again, same tracks. */
  private async rejoin(): Promise<void> {
    const tracks = { ...this.store.getState().local };
    this.connection?.release({ keepTracks: true });
    this.connection = undefined;
    this.store.update({ connection: 'reconnecting', local: {} });
    for (let i = 0; i < REJOIN_TRIES; i++) {
      if (this.store.getState().status !== 'joined' || this.signalling?.status === 'closed') return;
      try {
        return await this.attempt(tracks);
      } catch {
        (this.connection as CallConnection | undefined)?.release({ keepTracks: true });
        await new Promise((r) => setTimeout(r, REJOIN_WAIT_MS * (i + 1)));
      }
    }
    for (const t of Object.values(tracks)) t?.stop();
    this.fail('The call could not be joined again after the media server failed.');
  }

  async setMicMuted(muted: boolean): Promise<void> {
    await this.connection?.publisher?.setMicMuted(muted);
  }

  /** Turning the camera off stops the track, so the camera light goes off too. */
  async setCameraOff(off: boolean, deviceId?: string): Promise<void> {
    await this.connection?.publisher?.setCameraOff(off, deviceId);
  }

  async startScreenShare(): Promise<void> {
    await this.connection?.publisher?.startScreenShare();
  }

  async stopScreenShare(): Promise<void> {
    await this.connection?.publisher?.unpublish('screen');
  }

  /** Tells the server how big a remote video is shown, so it can send the fitting layer. */
  reportTileSize(consumerId: string, width: number, height: number): void {
    this.connection?.subscriber?.reportTileSize(consumerId, width, height);
  }

  /** Decoding figures per remote video, for the call's diagnostics panel and tests. */
  inboundVideoStats(): Promise<InboundVideoStat[]> {
    return readInboundVideoStats(this.connection?.subscriber?.all() ?? []);
  }

  async leave(): Promise<void> {
    await this.connection?.link.request('room.leave', {}).catch(() => {});
    this.teardown();
    this.store.update({ status: 'left', peers: [], activeSpeakerId: null });
  }

  private fail(error: string): void {
    this.teardown();
    this.store.update({ status: 'failed', error });
  }

  private teardown(): void {
    this.connection?.release();
    this.connection = undefined;
    this.resumeToken = undefined;
    if (this.ownsSignalling) this.signalling?.close();
    this.signalling = undefined;
    this.store.update({ local: {}, connection: 'connected' });
  }
}
