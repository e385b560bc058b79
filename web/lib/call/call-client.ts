import type { SignallingClient } from '../../../contracts/client/signalling-client';
import { CallConnection } from './call-connection';
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

/**
 * One person's side of a call: the browser mirror of the server's Room and Peer, and the one object
 * the screens talk to. It keeps the call state (published as a new immutable CallState on each
 * change) and hands the media work to the connection it is on, which a lost socket ends.
 */
export class CallClient {
  private readonly store = new CallStore();
  private connection: CallConnection | undefined;

  subscribe = this.store.subscribe;
  getState = this.store.getState;

  async join(opts: JoinOptions): Promise<void> {
    const store = this.store;
    store.update({ status: 'joining', displayName: opts.displayName, error: undefined, closedReason: undefined });
    try {
      const link = opts.signalling
        ? SignallingLink.borrow(opts.signalling)
        : await SignallingLink.open(opts.wsUrl!, opts.token);
      const connection = (this.connection = new CallConnection(link, store));
      // The server took us out (the consultation was held, moved or ended): nothing is left to send to.
      link.on('room.closed', ({ roomId, reason }) => {
        if (roomId !== opts.roomId) return;
        this.teardown();
        store.update({ status: 'left', peers: [], activeSpeakerId: null, closedReason: reason });
      });
      link.onClose((code, reason) => {
        const { status } = store.getState();
        if (status === 'joined' || status === 'joining') {
          this.teardown();
          store.update({ status: 'failed', error: `The connection to the call was lost (${reason || code}).` });
        }
      });
      const publisher = await connection.enter(opts.roomId);
      store.update({ status: 'joined' });
      if (opts.mic) await publisher.publish('mic', opts.mic);
      if (opts.camera) await publisher.publish('camera', opts.camera);
    } catch (err) {
      this.teardown();
      store.update({ status: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
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

  private teardown(): void {
    this.connection?.release();
    this.connection = undefined;
    this.store.update({ local: {} });
  }
}
