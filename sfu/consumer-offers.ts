import type { Peer } from './peer';
import type { ConsumerCreated } from './room';

/**
 * Everything a peer is being sent, as `consumer.new` described each: what a client that missed
 * some of those notifications (its socket dropped) needs to catch up, and to drop what has gone.
 */
export function consumerOffers(peer: Peer): ConsumerCreated[] {
  return [...peer.consumers.values()]
    .filter((c) => !c.closed)
    .map((c) => ({
      consumerId: c.id,
      producerId: c.producerId,
      peerId: c.appData.peerId,
      kind: c.kind,
      source: c.appData.source,
      rtpParameters: c.rtpParameters,
      producerPaused: c.producerPaused,
    }));
}
