import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RtpParameters } from 'mediasoup/types';
import { Room } from './room';
import { SfuError } from './sfu-error';
import { loopbackPool } from './test-support/loopback-pool';
import type { WorkerPool } from './worker-pool';

/** A VP8 camera in three simulcast layers, as a browser sends it (the SSRCs are arbitrary). */
const SIMULCAST_VP8: RtpParameters = {
  codecs: [{ mimeType: 'video/VP8', payloadType: 96, clockRate: 90000 }],
  encodings: [{ ssrc: 1001 }, { ssrc: 1002 }, { ssrc: 1003 }],
};

const justClosed = (err: unknown) => err instanceof SfuError && err.code === 'not_found';

/** Requests about a producer or consumer that closes while they are in flight are a race every call meets. */
describe('operations racing a close', () => {
  let pool: WorkerPool;
  before(async () => {
    pool = await loopbackPool(1, 42000);
  });
  after(() => pool.close());

  async function sharing() {
    const room = await Room.create('dev-races', pool);
    const presenter = room.join({ id: 'presenter', displayName: 'Presenter', role: 'clinician' });
    const viewer = room.join({ id: 'viewer', displayName: 'Viewer', role: 'guest' });
    const send = await room.createTransport(presenter, 'send');
    await room.createTransport(viewer, 'recv');
    await room.setReady(viewer, room.router.rtpCapabilities);
    const consumerCreated = new Promise<string>((resolve) =>
      room.on('consumerCreated', (receiver, c) => receiver === viewer && resolve(c.consumerId)),
    );
    const params = { transportId: send.id, kind: 'video' as const, source: 'screen' as const };
    const producerId = await room.produce(presenter, { ...params, rtpParameters: SIMULCAST_VP8 });
    return { room, presenter, viewer, producerId, consumerId: await consumerCreated };
  }

  it('answers a tile resize for a screen share that just stopped with not_found, not a server fault', async () => {
    const { room, presenter, viewer, producerId, consumerId } = await sharing();
    assert.equal(await room.setTileSize(viewer, consumerId, 320, 180), 0, 'the share is live: smallest layer');
    room.closeProducer(presenter, producerId);
    await assert.rejects(room.setTileSize(viewer, consumerId, 1280, 720), justClosed);
    await assert.rejects(room.setTileSize(viewer, consumerId, 1280, 720), justClosed, 'and once it is gone');
    room.close();
  });

  it('answers resuming a consumer whose producer just closed with not_found', async () => {
    const { room, presenter, viewer, producerId, consumerId } = await sharing();
    room.closeProducer(presenter, producerId);
    await assert.rejects(room.resumeConsumer(viewer, consumerId), justClosed);
    room.close();
  });
});
