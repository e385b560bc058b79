import type { Peer } from '../sfu/peer';
import type { Room, RoomClosedReason, RoomEvents } from '../sfu/room';
import type { Connection } from './connection';
import { peerInfo } from './peer-info';

/**
 * Tells one participant what happens in their room, and only what concerns them: others joining,
 * leaving, pausing, reconnecting; consumers made or closed for them. Returns the function that stops.
 */
export function tellRoomEvents(
  room: Room,
  self: Peer,
  c: Connection,
  onClosed: (reason: RoomClosedReason) => void,
): () => void {
  const on: { [E in keyof RoomEvents]?: (...args: RoomEvents[E]) => void } = {
    peerJoined: (peer) => peer !== self && c.notify('peer.joined', { peer: peerInfo(peer) }),
    peerLeft: (peerId) => peerId !== self.id && c.notify('peer.left', { peerId }),
    peerConnection: (change) => change.peerId !== self.id && c.notify('peer.connection', change),
    consumerCreated: (receiver, consumer) => receiver === self && c.notify('consumer.new', consumer),
    consumerClosed: (receiver, consumerId) => receiver === self && c.notify('consumer.closed', { consumerId }),
    producerState: (change) => change.peerId !== self.id && c.notify('producer.state', change),
    activeSpeaker: (peerId) => c.notify('activeSpeaker', { peerId }),
    closed: onClosed,
  };
  for (const [event, fn] of Object.entries(on)) room.on(event as keyof RoomEvents, fn as never);
  return () => {
    for (const [event, fn] of Object.entries(on)) room.off(event as keyof RoomEvents, fn as never);
  };
}
