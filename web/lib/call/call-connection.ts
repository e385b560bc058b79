import { Device } from 'mediasoup-client';
import type { RtpCapabilities } from 'mediasoup-client/types';
import type { ResponseData } from '../../../contracts/protocol/methods';
import type { CallStore } from './call-store';
import { restartIceIfBroken } from './ice-restart';
import { Publisher } from './publisher';
import { followRoster, reseatPeers, seatPeers } from './roster';
import type { SignallingLink } from './signalling-link';
import { Subscriber } from './subscriber';
import { openTransport } from './transports';

/**
 * Everything one attempt at a room holds: the link, and once in the room the publisher and
 * subscriber with their transports. A dropped socket keeps it (the server kept its place: `catchUp`
 * after the resume); a room made again on another media server replaces it whole. The call state in
 * the store outlives it.
 */
export class CallConnection {
  publisher: Publisher | undefined;
  subscriber: Subscriber | undefined;

  constructor(
    readonly link: SignallingLink,
    private readonly store: CallStore,
  ) {}

  /** Joins the room and sets up sending and receiving; on failure, what was made is released. */
  async enter(roomId: string): Promise<{ publisher: Publisher; resumeToken: string }> {
    const { link, store } = this;
    try {
      followRoster(link, store);
      const joined = await link.request('room.join', { roomId });
      // Before any later `activeSpeaker` notification is handled, which would be newer.
      store.update({ activeSpeakerId: joined.activeSpeakerId });
      const device = new Device();
      await device.load({ routerRtpCapabilities: joined.routerRtpCapabilities as RtpCapabilities });
      seatPeers(store, joined);
      const publisher = (this.publisher = new Publisher(link, await openTransport(link, device, 'send'), store));
      this.subscriber = new Subscriber(link, await openTransport(link, device, 'recv'), store);
      await link.request('peer.ready', { rtpCapabilities: device.rtpCapabilities });
      return { publisher, resumeToken: joined.resumeToken };
    } catch (err) {
      this.release();
      throw err;
    }
  }

  /** Back on a new socket with the same place: what changed while it was down, and ICE if it broke too. */
  async catchUp(resumed: ResponseData<'room.resume'>): Promise<void> {
    reseatPeers(this.store, resumed.peers, resumed.activeSpeakerId);
    await this.subscriber?.catchUp(resumed.consumers);
    for (const t of [this.publisher?.iceTransport, this.subscriber?.iceTransport])
      if (t) void restartIceIfBroken(this.link, t);
  }

  /**
   * Closes the transports and the link's listeners and, unless the tracks go on into a rejoin, stops
   * the tracks this person sends (the camera light goes off). Safe to call again.
   */
  release(opts: { keepTracks?: boolean } = {}): void {
    this.link.release();
    if (!opts.keepTracks) for (const t of Object.values(this.store.getState().local)) t?.stop();
    this.publisher?.close();
    this.subscriber?.close();
  }
}
