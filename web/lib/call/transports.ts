import type { Device } from 'mediasoup-client';
import type { Transport } from 'mediasoup-client/types';
import type { MediaSource } from '../../../contracts/protocol/media';
import { restartIceWhenBroken } from './ice-restart';
import type { SignallingLink } from './signalling-link';

/**
 * Creates one transport on the server and its browser end, wired so that mediasoup-client's DTLS
 * handshake and each new producer are carried to the server over the given link. Taking the link
 * and device as arguments lets a reconnect build fresh transports on a fresh connection.
 */
export async function openTransport(
  link: SignallingLink,
  device: Device,
  direction: 'send' | 'recv',
): Promise<Transport> {
  const p = await link.request('transport.create', { direction });
  const params = {
    id: p.transportId,
    iceParameters: p.iceParameters,
    iceCandidates: p.iceCandidates,
    dtlsParameters: p.dtlsParameters,
  } as Parameters<Device['createSendTransport']>[0];
  const transport = direction === 'send' ? device.createSendTransport(params) : device.createRecvTransport(params);
  transport.on('connect', ({ dtlsParameters }, done, fail) => {
    link.request('transport.connect', { transportId: transport.id, dtlsParameters }).then(() => done(), fail);
  });
  transport.on('produce', ({ kind, rtpParameters, appData }, done, fail) => {
    const source = appData.source as MediaSource;
    link
      .request('producer.create', { transportId: transport.id, kind, source, rtpParameters })
      .then(({ producerId }) => done({ id: producerId }), fail);
  });
  restartIceWhenBroken(link, transport);
  return transport;
}
