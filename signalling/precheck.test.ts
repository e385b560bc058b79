import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Router } from 'mediasoup/types';
import { WebSocket } from 'ws';
import { startConvene, type RunningConvene } from '../server/app';
import { testConfig } from '../server/test-support/test-config';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';

/**
 * The pre-call connectivity probe against the real server and the real SFU. Clean-up is judged by
 * what the mediasoup worker itself reports (worker.dump(), webRtcServer.dump(), router.dump()).
 */

const OPUS = {
  codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
  encodings: [{ ssrc: 11111111 }],
};
// A browser's DTLS parameters; the certificate behind it is never checked because no DTLS handshake happens here.
const DTLS = {
  role: 'client' as const,
  fingerprints: [{ algorithm: 'sha-256', value: Array.from({ length: 32 }, () => 'AB').join(':') }],
};

const rejectsWith = (p: Promise<unknown>, code: string, message?: RegExp) =>
  assert.rejects(p, (e: RequestError) => {
    assert.equal(e.code, code, e.message);
    if (message) assert.match(e.message, message);
    return true;
  });

/** What the worker process reports: its routers and the transports on its WebRtcServer. */
async function workerState(app: RunningConvene) {
  const pooled = app.sfu.workers[0]!;
  const [worker, server] = await Promise.all([pooled.worker.dump(), pooled.webRtcServer.dump()]);
  return { routerIds: worker.routerIds, transportIds: server.webRtcTransportIds };
}

/** The probe's router, found by asking each router in the pool whether it holds the transport. */
async function routerHolding(app: RunningConvene, transportId: string): Promise<Router> {
  for (const router of app.sfu.workers[0]!.routers) {
    if ((await router.dump()).transportIds.includes(transportId)) return router;
  }
  throw new Error(`no router holds transport ${transportId}`);
}

async function until(condition: () => Promise<boolean>, ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (await condition()) return;
  }
  assert.fail(`not true within ${ms} ms`);
}

describe('pre-call connectivity probe', () => {
  let app: RunningConvene;
  /** A second server whose probes expire after 1.5 s and measure for 0.3 s. */
  let brief: RunningConvene;
  const connect = (on: RunningConvene, sub = 'guest-1') =>
    SignallingClient.connect(
      `ws://127.0.0.1:${on.port}/ws`,
      on.tokens.issueAccess({ sub, role: 'guest', name: 'Pat' }),
      WebSocket as never,
    );

  /** What a browser does once the probe has started: give its DTLS parameters and send audio. */
  async function connectAndProduce(c: SignallingClient) {
    await c.request('precheck.connect', { dtlsParameters: DTLS });
    return c.request('precheck.produce', { kind: 'audio', rtpParameters: OPUS });
  }

  /** A probe with a connected transport and an audio producer, as a browser leaves it mid-check. */
  async function probing(c: SignallingClient) {
    const { transportId } = await c.request('precheck.start', {});
    return { transportId, ...(await connectAndProduce(c)) };
  }

  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    brief = await startConvene(testConfig(), { web: false, precheck: { timeoutMs: 1500, measureMs: 300 } });
  });
  after(async () => {
    await app.close();
    await brief.close();
  });

  it('starts a probe on the WebRtcServer, in a router of its own, and stop closes all of it in the worker', async () => {
    const before = await workerState(app);
    const c = await connect(app);
    const started = await c.request('precheck.start', {});
    assert.ok(started.routerRtpCapabilities.codecs?.some((x) => x.mimeType === 'video/VP8'));
    assert.ok(
      started.iceCandidates.some((x) => x.protocol === 'udp') &&
        started.iceCandidates.some((x) => x.protocol === 'tcp'),
    );
    assert.equal(started.expiresInMs, 30_000);
    const { transportId } = started;
    const { producerId } = await connectAndProduce(c);

    const router = await routerHolding(app, transportId);
    const dump = await router.dump();
    assert.deepEqual(
      dump.mapProducerIdConsumerIds.map((p) => p.key),
      [producerId],
    );
    const during = await workerState(app);
    assert.deepEqual(during.routerIds.sort(), [...before.routerIds, router.id].sort());
    assert.ok(during.transportIds.includes(transportId), 'the transport uses the shared WebRtcServer');

    await c.request('precheck.stop', {});
    assert.deepEqual(await workerState(app), before);
    assert.equal(router.closed, true);
    await rejectsWith(c.request('precheck.result', {}), 'out_of_order', /start a check/);
    await c.request('precheck.stop', {}); // stopping twice is harmless
    c.close();
  });

  it('closes the probe when the socket drops mid-check', async () => {
    const before = await workerState(app);
    const c = await connect(app);
    const { transportId } = await probing(c);
    assert.ok((await workerState(app)).transportIds.includes(transportId));
    c.close();
    await until(async () => JSON.stringify(await workerState(app)) === JSON.stringify(before));
  });

  it('closes a probe the client abandons once it expires, and says so if asked afterwards', async () => {
    const before = await workerState(brief);
    const c = await connect(brief);
    const started = Date.now();
    const { transportId } = await probing(c);
    assert.ok((await workerState(brief)).transportIds.includes(transportId));
    await until(async () => JSON.stringify(await workerState(brief)) === JSON.stringify(before), 4000);
    assert.ok(Date.now() - started >= 1400, 'not before the timeout');
    await rejectsWith(c.request('precheck.result', {}), 'out_of_order');
    // The connection can run a new check after the old one expired.
    await probing(c);
    c.close();
  });

  it('reports a probe whose media never arrived as not connected, after measuring', async () => {
    const c = await connect(brief);
    await probing(c);
    const asked = Date.now();
    const result = await c.request('precheck.result', {});
    assert.deepEqual(result, {
      connected: false,
      protocol: null,
      bitrateKbps: 0,
      packetsReceived: 0,
      packetsLost: 0,
      durationMs: 0,
    });
    assert.ok(Date.now() - asked >= 250, 'the server measured before answering');
    c.close();
  });

  it('runs one probe at a time per connection, and one per connection side by side', async () => {
    const [a, b] = await Promise.all([connect(app, 'guest-a'), connect(app, 'guest-b')]);
    const first = await a.request('precheck.start', {});
    await rejectsWith(a.request('precheck.start', {}), 'out_of_order', /already running/);
    const other = await b.request('precheck.start', {});
    assert.notEqual(other.transportId, first.transportId);
    await a.request('precheck.stop', {});
    await a.request('precheck.start', {});
    a.close();
    b.close();
  });

  it('answers malformed and out-of-order probe requests with typed errors', async () => {
    const c = await connect(app);
    await rejectsWith(c.request('precheck.connect', { dtlsParameters: DTLS }), 'out_of_order', /start a check/);
    await rejectsWith(c.request('precheck.produce', { kind: 'audio', rtpParameters: OPUS }), 'out_of_order');
    await c.request('precheck.start', {});
    await rejectsWith(c.request('precheck.result', {}), 'out_of_order', /send media/);
    await rejectsWith(
      c.request('precheck.connect', { dtlsParameters: { fingerprints: [] } } as never),
      'bad_request',
      /fingerprints/,
    );
    await rejectsWith(
      c.request('precheck.produce', { kind: 'data', rtpParameters: OPUS } as never),
      'bad_request',
      /kind/,
    );
    await rejectsWith(c.request('precheck.produce', { kind: 'audio', rtpParameters: { codecs: [] } }), 'bad_request');
    await rejectsWith(
      c.request('precheck.produce', { kind: 'audio', rtpParameters: { codecs: [{ payloadType: 'x' }] } }),
      'bad_request',
    );
    const h264 = { codecs: [{ mimeType: 'video/H264', payloadType: 102, clockRate: 90000 }], encodings: [{ ssrc: 2 }] };
    await rejectsWith(c.request('precheck.produce', { kind: 'video', rtpParameters: h264 }), 'bad_request', /codec/i);
    await connectAndProduce(c);
    await rejectsWith(c.request('precheck.connect', { dtlsParameters: DTLS }), 'out_of_order', /already connected/);
    await rejectsWith(
      c.request('precheck.produce', { kind: 'audio', rtpParameters: OPUS }),
      'out_of_order',
      /already sending audio/,
    );
    c.close();
  });
});
