import type { PeerInfo } from '../../../contracts/protocol/media';
import type { ResponseData } from '../../../contracts/protocol/methods';
import type { RemotePeer } from './call-state';
import type { CallStore } from './call-store';
import type { SignallingLink } from './signalling-link';

/** A person as the server describes them, before any of their tracks has arrived. */
function remotePeer(info: PeerInfo): RemotePeer {
  const paused: RemotePeer['paused'] = {};
  for (const p of info.producers) paused[p.source] = p.paused;
  return { peerId: info.peerId, displayName: info.displayName, role: info.role, tracks: {}, paused };
}

/**
 * Keeps the other people in the call state: who is there, what they have paused, who speaks.
 * Called before `room.join` so that nobody announced while the answer is on its way is missed.
 */
export function followRoster(link: SignallingLink, store: CallStore): void {
  link.on('peer.joined', ({ peer }) => {
    const { peers } = store.getState();
    if (!peers.some((p) => p.peerId === peer.peerId)) store.update({ peers: [...peers, remotePeer(peer)] });
  });
  link.on('peer.left', ({ peerId }) => {
    const { peers, activeSpeakerId } = store.getState();
    store.update({
      peers: peers.filter((p) => p.peerId !== peerId),
      activeSpeakerId: activeSpeakerId === peerId ? null : activeSpeakerId,
    });
  });
  link.on('producer.state', ({ peerId, source, paused }) =>
    store.updatePeer(peerId, (p) => {
      const track = p.tracks[source];
      return {
        ...p,
        paused: { ...p.paused, [source]: paused },
        tracks: track ? { ...p.tracks, [source]: { ...track, paused } } : p.tracks,
      };
    }),
  );
  link.on('activeSpeaker', ({ peerId }) => store.update({ activeSpeakerId: peerId }));
  link.on('peer.connection', ({ peerId, state }) =>
    store.updatePeer(peerId, (p) => ({ ...p, reconnecting: state === 'reconnecting' })),
  );
}

/**
 * After a resume: the people in the room as the server has them now. Those still there keep the
 * tracks they had (their consumers are caught up separately); whoever left meanwhile is gone.
 */
export function reseatPeers(store: CallStore, peers: PeerInfo[], activeSpeakerId: string | null): void {
  const known = new Map(store.getState().peers.map((p) => [p.peerId, p]));
  store.update({
    activeSpeakerId,
    peers: peers.map((info) => {
      const fresh = remotePeer(info);
      const had = known.get(info.peerId);
      return had ? { ...fresh, tracks: had.tracks, reconnecting: false } : fresh;
    }),
  });
}

/** Seats the people `room.join` found in the room, and ourselves. */
export function seatPeers(store: CallStore, joined: ResponseData<'room.join'>): void {
  // Someone may have joined after us but been announced before our own answer arrived: keep them.
  const announced = store.getState().peers.filter((p) => !joined.peers.some((j) => j.peerId === p.peerId));
  store.update({ selfId: joined.peerId, peers: [...joined.peers.map(remotePeer), ...announced] });
}
