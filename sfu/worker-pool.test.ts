import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MEDIA_CODECS } from './media-codecs';
import { spatialLayerForTile } from './simulcast';
import { WorkerPool } from './worker-pool';

describe('worker pool', () => {
  let pool: WorkerPool;
  before(async () => {
    pool = await WorkerPool.create({
      workers: 2,
      listenIp: '127.0.0.1',
      announcedAddress: '127.0.0.1',
      minPort: 41000,
      maxPort: 41999,
      logLevel: 'error',
    });
  });
  after(() => pool.close());

  it('starts the configured number of workers, each with one WebRtcServer on a port of the range', async () => {
    assert.equal(pool.workers.length, 2);
    for (const w of pool.workers) {
      const dump = await w.webRtcServer.dump();
      const ports = dump.udpSockets.map((s) => s.port);
      assert.equal(ports.length, 1);
      assert.ok(ports[0]! >= 41000 && ports[0]! <= 41999, `port ${ports[0]}`);
      assert.equal(dump.tcpServers.length, 1);
    }
  });

  it('places each new router on the least-loaded worker, and forgets closed ones', async () => {
    const routers = [];
    for (let i = 0; i < 4; i++) routers.push((await pool.createRouter({ mediaCodecs: MEDIA_CODECS })).router);
    assert.deepEqual(
      pool.workers.map((w) => w.routers.size),
      [2, 2],
    );
    routers[0]!.close();
    routers[2]!.close();
    assert.deepEqual(pool.workers.map((w) => w.routers.size).sort(), [0, 2]);
    const next = await pool.createRouter({ mediaCodecs: MEDIA_CODECS });
    assert.deepEqual(pool.workers.map((w) => w.routers.size).sort(), [1, 2]);
    for (const r of [...routers, next.router]) r.close();
  });

  it('drops a worker that dies and reports it', async () => {
    const died = new Promise<{ pid: number }>((r) => pool.once('workerDied', r));
    const victim = pool.workers[1]!.worker;
    process.kill(victim.pid, 'SIGKILL');
    assert.equal((await died).pid, victim.pid);
    assert.equal(pool.workers.length, 1);
    const { router } = await pool.createRouter({ mediaCodecs: MEDIA_CODECS });
    assert.equal(router.closed, false, 'rooms still open on the surviving worker');
    router.close();
  });
});

describe('simulcast layer for a tile', () => {
  it('sends the quarter layer to thumbnails, half to medium tiles, full to large ones', () => {
    assert.equal(spatialLayerForTile(0, 0), 0);
    assert.equal(spatialLayerForTile(160, 90), 0);
    assert.equal(spatialLayerForTile(320, 180), 0);
    assert.equal(spatialLayerForTile(640, 360), 1);
    assert.equal(spatialLayerForTile(1280, 720), 2);
    assert.equal(spatialLayerForTile(400, 700), 2, 'a tall phone tile is sized by its height');
  });
});
