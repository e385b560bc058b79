import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { startConvene, type RunningConvene } from '../server/app';
import { testConfig } from '../server/test-support/test-config';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';
import { CloseCode } from '../contracts/protocol/close-codes';
import { SUBPROTOCOL } from '../contracts/protocol/version';

/** The signalling protocol against the real server and SFU, over real sockets. */

type Frame = {
  type: string;
  id?: number | null;
  ok?: boolean;
  error?: { code: string; message: string };
  method?: string;
};

function rawSocket(app: RunningConvene, token: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${app.port}/ws?access_token=${token}`, SUBPROTOCOL);
  const frames: Frame[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (d) => {
    frames.push(JSON.parse(String(d)) as Frame);
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<{ code: number; reason: string }>((r) =>
    ws.on('close', (code, reason) => r({ code, reason: String(reason) })),
  );
  const opened = new Promise<void>((r) => ws.on('open', () => r()));
  async function next(): Promise<Frame> {
    while (frames.length === 0) await new Promise<void>((r) => waiters.push(r));
    return frames.shift()!;
  }
  return { ws, next, closed, opened };
}

describe('signalling protocol', () => {
  let app: RunningConvene;
  let token: string;
  const client = (t = token) => SignallingClient.connect(`ws://127.0.0.1:${app.port}/ws`, t, WebSocket as never);

  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    token = app.tokens.issueAccess({ sub: 'u-clin', role: 'clinician', name: 'Dr A', rooms: ['dev-room-a'] });
  });
  after(() => app.close());

  it('answers malformed JSON with bad_request and keeps the connection', async () => {
    const s = rawSocket(app, token);
    await s.opened;
    assert.equal((await s.next()).method, 'welcome');
    s.ws.send('{not json');
    const reply = await s.next();
    assert.deepEqual([reply.type, reply.id, reply.ok, reply.error?.code], ['response', null, false, 'bad_request']);
    s.ws.send(JSON.stringify({ type: 'request', id: 7, method: 'room.join', data: { roomId: 'dev-room-a' } }));
    const joined = await s.next();
    assert.equal(joined.ok, true, 'the same socket still works');
    s.ws.close();
  });

  it('answers a frame of the wrong shape and data of the wrong types with bad_request naming the field', async () => {
    const s = rawSocket(app, token);
    await s.next();
    s.ws.send(JSON.stringify({ type: 'request', id: 'one', method: 'room.join' }));
    assert.equal((await s.next()).error?.code, 'bad_request');
    s.ws.send(JSON.stringify({ type: 'request', id: 2, method: 'room.join', data: { roomId: 42 } }));
    const r = await s.next();
    assert.equal(r.id, 2);
    assert.equal(r.error?.code, 'bad_request');
    assert.match(r.error!.message, /roomId/);
    s.ws.close();
  });

  it('answers an unknown method with unknown_method', async () => {
    const c = await client();
    await assert.rejects(
      c.request('room.explode' as never, {} as never),
      (e: RequestError) => e.code === 'unknown_method',
    );
    c.close();
  });

  it('refuses a room the token does not grant, and a step out of order', async () => {
    const c = await client();
    await assert.rejects(
      c.request('room.join', { roomId: 'dev-room-b' }),
      (e: RequestError) => e.code === 'forbidden' && /dev-room-b/.test(e.message),
    );
    await assert.rejects(
      c.request('transport.create', { direction: 'send' }),
      (e: RequestError) => e.code === 'out_of_order',
    );
    await c.request('room.join', { roomId: 'dev-room-a' });
    await assert.rejects(
      c.request('peer.ready', { rtpCapabilities: { codecs: [] } }),
      (e: RequestError) => e.code === 'out_of_order',
    );
    await assert.rejects(
      c.request('producer.pause', { producerId: 'nope' }),
      (e: RequestError) => e.code === 'not_found',
    );
    c.close();
  });

  it('tells the others when someone joins and leaves, and cleans up the room', async () => {
    const other = app.tokens.issueAccess({ sub: 'u-nurse', role: 'nurse', name: 'Nurse B', rooms: ['dev-room-c'] });
    const first = await SignallingClient.connect(
      `ws://127.0.0.1:${app.port}/ws`,
      app.tokens.issueAccess({ sub: 'u-x', role: 'clinician', name: 'X', rooms: ['dev-room-c'] }),
      WebSocket as never,
    );
    await first.request('room.join', { roomId: 'dev-room-c' });
    const joined = new Promise((r) => first.on('peer.joined', r));
    const second = await client(other);
    const answer = await second.request('room.join', { roomId: 'dev-room-c' });
    assert.deepEqual(
      answer.peers.map((p) => p.displayName),
      ['X'],
    );
    assert.equal(((await joined) as { peer: { displayName: string } }).peer.displayName, 'Nurse B');
    const left = new Promise((r) => first.on('peer.left', r));
    second.close();
    assert.deepEqual(await left, { peerId: 'u-nurse' });
    first.close();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(app.rooms.get('dev-room-c'), undefined, 'the empty room was closed');
  });

  it('closes a flooding socket with 4429 and stays healthy for others', async () => {
    const s = rawSocket(app, token);
    await s.next();
    for (let i = 0; i < 500; i++) s.ws.send(JSON.stringify({ type: 'request', id: i, method: 'room.leave', data: {} }));
    const closed = await s.closed;
    assert.equal(closed.code, CloseCode.RateLimited);
    assert.match(closed.reason, /too many messages/);
    const c = await client();
    await c.request('room.join', { roomId: 'dev-room-a' });
    c.close();
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
  });

  it('closes a socket that sends an oversized frame with 1009', async () => {
    const s = rawSocket(app, token);
    await s.next();
    s.ws.send(JSON.stringify({ type: 'request', id: 1, method: 'room.join', data: { pad: 'x'.repeat(200_000) } }));
    assert.equal((await s.closed).code, CloseCode.MessageTooBig);
  });
});
