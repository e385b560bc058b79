import { Device } from 'mediasoup-client';
import type { RtpCapabilities } from 'mediasoup-client/types';
import type { CallStore } from './call-store';
import { Publisher } from './publisher';
import { followRoster, seatPeers } from './roster';
import type { SignallingLink } from './signalling-link';
import { Subscriber } from './subscriber';
import { openTransport } from './transports';

/**
 * Everything a call holds on one signalling connection: the link, and once in the room the
 * publisher and subscriber with their transports. It is the unit a reconnect replaces whole; the
 * call state in the store outlives it.
 */
export class CallConnection {
  publisher: Publisher | undefined;
  subscriber: Subscriber | undefined;

  constructor(
    readonly link: SignallingLink,
    private readonly store: CallStore,
  ) {}

  /** Joins the room and sets up sending and receiving; on failure, what was made is released. */
  async enter(roomId: string): Promise<Publisher> {
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
      return publisher;
    } catch (err) {
      this.release();
      throw err;
    }
  }

  /**
   * Stops the tracks this person sends (the camera light goes off) and closes the transports and
   * the link's listeners. Safe to call again, for parts that were still being made the first time.
   */
  release(): void {
    this.link.release();
    for (const t of Object.values(this.store.getState().local)) t?.stop();
    this.publisher?.close();
    this.subscriber?.close();
  }
}
