import { execFileSync, spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as mediasoup from 'mediasoup';
import type { Router, RtpCodecCapability, Worker } from 'mediasoup/types';
import { isStunBindingSuccess, stunBindingRequest } from './test-support/stun';

/** These tests run the real worker binary built by `npm run build:worker`; nothing is mocked. */

const codecs: RtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: 100 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, preferredPayloadType: 101 },
];

function bindUdp(): Promise<Socket> {
  const s = createSocket('udp4');
  return new Promise((resolve) => s.bind(0, '127.0.0.1', () => resolve(s)));
}

function rtpPacket(seq: number, ssrc: number, payloadType: number): Buffer {
  const p = Buffer.alloc(12 + 40, 0xab);
  p[0] = 0x80;
  p[1] = payloadType;
  p.writeUInt16BE(seq & 0xffff, 2);
  p.writeUInt32BE((seq * 960) >>> 0, 4);
  p.writeUInt32BE(ssrc, 8);
  return p;
}

describe('mediasoup worker (real binary)', () => {
  let worker: Worker;
  let router: Router;

  before(async () => {
    worker = await mediasoup.createWorker({ logLevel: 'warn' });
    router = await worker.createRouter({ mediaCodecs: codecs });
  });
  after(() => worker.close());

  it('creates a Worker, a Router and a WebRtcTransport with ICE and DTLS parameters', async () => {
    const transport = await router.createWebRtcTransport({ listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }] });
    assert.equal(transport.iceState, 'new');
    assert.ok(transport.iceCandidates.length >= 1);
    assert.equal(transport.iceCandidates[0]!.address, '127.0.0.1');
    assert.ok(transport.dtlsParameters.fingerprints.some((f) => f.algorithm === 'sha-256'));
    assert.ok(router.rtpCapabilities.codecs!.some((c) => c.mimeType === 'audio/opus'));
    transport.close();
  });

  it('forwards RTP sent from Node dgram into one PlainTransport out of a consumer on another', async () => {
    const ingress = await router.createPlainTransport({
      listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
      rtcpMux: true,
      comedia: true,
    });
    const egress = await router.createPlainTransport({
      listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
      rtcpMux: true,
      comedia: false,
    });
    const sender = await bindUdp();
    const receiver = await bindUdp();
    await egress.connect({ ip: '127.0.0.1', port: receiver.address().port });

    const ssrc = 0x1234abcd;
    const producer = await ingress.produce({
      kind: 'audio',
      rtpParameters: {
        codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
        encodings: [{ ssrc }],
      },
    });
    const consumer = await egress.consume({
      producerId: producer.id,
      rtpCapabilities: router.rtpCapabilities,
      paused: true,
    });
    await consumer.resume();

    const received: Buffer[] = [];
    receiver.on('message', (msg) => {
      if (msg.length >= 12 && (msg[1]! & 0x7f) === consumer.rtpParameters.codecs[0]!.payloadType) received.push(msg);
    });
    const sent = 60;
    for (let seq = 1; seq <= sent; seq++) {
      sender.send(rtpPacket(seq, ssrc, 111), ingress.tuple.localPort, '127.0.0.1');
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 300));

    assert.ok(received.length >= sent - 2, `expected about ${sent} RTP packets, got ${received.length}`);
    const outSsrc = consumer.rtpParameters.encodings![0]!.ssrc!;
    assert.ok(
      received.every((p) => p.readUInt32BE(8) === outSsrc),
      'forwarded packets carry the consumer SSRC',
    );
    const stats = await producer.getStats();
    assert.ok(stats[0]!.packetCount >= sent - 2, 'the producer counted the packets too');
    sender.close();
    receiver.close();
    ingress.close();
    egress.close();
  });

  it('completes a DTLS 1.2 handshake with SRTP against a WebRtcTransport after a STUN binding (kTLS regression)', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'convene-dtls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=convene-test',
      ],
      { stdio: 'ignore' },
    );
    const fingerprint = execFileSync(
      'openssl',
      ['x509', '-noout', '-fingerprint', '-sha256', '-in', join(dir, 'cert.pem')],
      { encoding: 'utf8' },
    )
      .trim()
      .split('=')[1]!;

    const transport = await router.createWebRtcTransport({ listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }] });
    const port = transport.iceCandidates[0]!.port;
    await transport.connect({
      dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: fingerprint }] },
    });

    // mediasoup only accepts DTLS from the address that completed ICE, and the openssl on
    // Debian 12 cannot choose its source port, so a relay socket speaks for it.
    const ice = await bindUdp();
    const front = await bindUdp();
    let opensslAddr: { port: number; address: string } | undefined;
    const stunOk = new Promise<void>((resolve) => {
      ice.on('message', (msg) => {
        if (isStunBindingSuccess(msg)) return resolve();
        if (opensslAddr) front.send(msg, opensslAddr.port, opensslAddr.address);
      });
    });
    front.on('message', (msg, rinfo) => {
      opensslAddr = rinfo;
      ice.send(msg, port, '127.0.0.1');
    });
    ice.send(
      stunBindingRequest({
        serverUfrag: transport.iceParameters.usernameFragment,
        serverPassword: transport.iceParameters.password,
        clientUfrag: 'cnvn',
      }),
      port,
      '127.0.0.1',
    );
    const iceDone = new Promise<void>((resolve) =>
      transport.on('icestatechange', (state) => state === 'completed' && resolve()),
    );
    await stunOk;
    await iceDone;

    const connected = new Promise<string>((resolve) => {
      transport.on('dtlsstatechange', (state) => {
        if (state === 'connected' || state === 'failed' || state === 'closed') resolve(state);
      });
    });
    const client = spawn(
      'openssl',
      [
        's_client',
        '-dtls1_2',
        '-connect',
        `127.0.0.1:${front.address().port}`,
        '-use_srtp',
        'SRTP_AES128_CM_SHA1_80',
        '-cert',
        join(dir, 'cert.pem'),
        '-key',
        join(dir, 'key.pem'),
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    client.stdout.on('data', (d) => (output += String(d)));
    t.after(() => client.kill());

    const state = await Promise.race([connected, new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000))]);
    assert.equal(state, 'connected', `DTLS state was ${state}; openssl said:\n${output}`);
    assert.equal(transport.dtlsState, 'connected');
    assert.equal(worker.closed, false, 'the worker survived the handshake');
    await new Promise((r) => setTimeout(r, 200));
    assert.match(output, /SRTP Extension negotiated, profile=SRTP_AES128_CM_SHA1_80/);
    client.kill();
    ice.close();
    front.close();
    transport.close();
  });

  it('raises the died event when the worker process is killed', async () => {
    const doomed = await mediasoup.createWorker({ logLevel: 'none' });
    const died = once(doomed, 'died');
    process.kill(doomed.pid, 'SIGKILL');
    const [error] = (await died) as [Error];
    assert.ok(error instanceof Error);
    assert.equal(doomed.died, true);
  });
});
