import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MEDIA_CODECS } from './media-codecs';
import { spatialLayerForTile } from './simulcast';
import { loopbackPool } from './test-support/loopback-pool';
import type { WorkerPool } from './worker-pool';

describe('worker pool', () => {
  let pool: WorkerPool;
  before(async () => {
    pool = await loopbackPool(2, 41000);
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

  it('replaces a worker that dies, reports both, and keeps the rooms of the others open', async () => {
    const survivor = (await pool.createRouter({ mediaCodecs: MEDIA_CODECS })).router;
    const victim = pool.workers.find((w) => w.routers.size === 0)!.worker;
    const died = new Promise<{ pid: number }>((r) => pool.once('workerDied', r));
    const replaced = new Promise<{ pid: number; replacedPid: number }>((r) => pool.once('workerReplaced', r));
    process.kill(victim.pid, 'SIGKILL');
    assert.equal((await died).pid, victim.pid);
    const fresh = await replaced;
    assert.equal(fresh.replacedPid, victim.pid);
    assert.notEqual(fresh.pid, victim.pid);
    assert.equal(pool.workers.length, 2, 'the pool is back to its size');
    assert.ok(pool.workers.some((w) => w.worker.pid === fresh.pid && !w.worker.closed));
    assert.equal(survivor.closed, false, 'rooms on the surviving worker stay open');
    survivor.close();
  });

  it('makes a router asked for while every worker is down on the replacement, without failing', async () => {
    const lone = await loopbackPool(1, 42000);
    try {
      const died = new Promise((r) => lone.once('workerDied', r));
      process.kill(lone.workers[0]!.worker.pid, 'SIGKILL');
      await died;
      const { router } = await lone.createRouter({ mediaCodecs: MEDIA_CODECS });
      assert.equal(router.closed, false);
      router.close();
    } finally {
      lone.close();
    }
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
