import type { Peer } from '../sfu/peer';
import type { PeerInfo } from '../contracts/protocol/media';

/** Who a room session is for, as the server knows them (never as the client says). */
export interface SessionIdentity {
  id: string;
  /** The name others see on this person's tile, from the sign-in or invite, never from the client. */
  name: string;
  role: string;
}

/** A peer as other clients are told of it: who, and what they send, paused or not. */
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
