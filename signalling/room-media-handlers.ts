import type { DtlsParameters, RtpCapabilities, RtpParameters } from 'mediasoup/types';
import type { RoomMethods } from '../contracts/protocol/methods/room';
import type { Peer } from '../sfu/peer';
import type { Room } from '../sfu/room';
import type { MethodHandlers } from './connection';
import type { RoomAction } from './room-grant';

/** The room and this person in it, once the rights held allow `action` (else it throws). */
export type InRoom = (action: RoomAction) => Promise<{ room: Room; peer: Peer }>;

type MediaMethod = Exclude<keyof typeof RoomMethods, 'room.join' | 'room.resume' | 'room.leave'>;

/**
 * The media requests of someone in a room: transports (and ICE restarts on them), producers and
 * consumers. Each first asks `inRoom` for the right it needs, so none of them runs a query.
 */
export function roomMediaHandlers(inRoom: InRoom): MethodHandlers<MediaMethod> {
  return {
    'transport.create': async ({ direction }) => {
      const { room, peer } = await inRoom(direction === 'send' ? 'room.publish' : 'room.subscribe');
      const t = await room.createTransport(peer, direction);
      return {
        transportId: t.id,
        iceParameters: t.iceParameters,
        iceCandidates: t.iceCandidates,
        dtlsParameters: t.dtlsParameters,
      };
    },
    'transport.restartIce': async ({ transportId }) => {
      const { peer } = await inRoom('room.join');
      return { iceParameters: await peer.transport(transportId).restartIce() };
    },
    'transport.connect': async ({ transportId, dtlsParameters }) => {
      const { room, peer } = await inRoom('room.join');
      await room.connectTransport(peer, transportId, dtlsParameters as DtlsParameters);
      return {};
    },
    'peer.ready': async ({ rtpCapabilities }) => {
      const { room, peer } = await inRoom('room.subscribe');
      await room.setReady(peer, rtpCapabilities as RtpCapabilities);
      return {};
    },
    'producer.create': async ({ transportId, kind, source, rtpParameters, paused }) => {
      const { room, peer } = await inRoom('room.publish');
      const params = { transportId, kind, source, rtpParameters: rtpParameters as RtpParameters, paused };
      return { producerId: await room.produce(peer, params) };
    },
    'producer.pause': async ({ producerId }) => {
      const { room, peer } = await inRoom('room.join');
      await room.setProducerPaused(peer, producerId, true);
      return {};
    },
    'producer.resume': async ({ producerId }) => {
      const { room, peer } = await inRoom('room.publish');
      await room.setProducerPaused(peer, producerId, false);
      return {};
    },
    'producer.close': async ({ producerId }) => {
      const { room, peer } = await inRoom('room.join');
      room.closeProducer(peer, producerId);
      return {};
    },
    'consumer.resume': async ({ consumerId }) => {
      const { room, peer } = await inRoom('room.subscribe');
      await room.resumeConsumer(peer, consumerId);
      return {};
    },
    'consumer.setTileSize': async ({ consumerId, width, height }) => {
      const { room, peer } = await inRoom('room.subscribe');
      return { spatialLayer: await room.setTileSize(peer, consumerId, width, height) };
    },
  };
}
