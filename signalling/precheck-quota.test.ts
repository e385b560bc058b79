import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import { WebSocket } from 'ws';
import { startConvene, type RunningConvene } from '../server/app';
import { people } from '../server/test-support/people';
import { testConfig } from '../server/test-support/test-config';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';
import { CloseCode } from '../contracts/protocol/close-codes';
import { SUBPROTOCOL } from '../contracts/protocol/version';

/** Pre-call probes each hold a router and a transport on the SFU: how many one link, and one server, may hold. */

const refusedWith = (message: RegExp) => (e: RequestError) => e.code === 'out_of_order' && message.test(e.message);

async function until(condition: () => Promise<boolean>, ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (await condition()) return;
  }
  assert.fail(`not true within ${ms} ms`);
}

describe('pre-call probes are rationed per identity and per server', () => {
  let app: RunningConvene;
  /** A server that runs one probe at a time in all. */
  let one: RunningConvene;
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }));
  const guestToken = (on: RunningConvene, sub: string) => on.tokens.issueAccess({ sub, role: 'guest', name: 'Pat' });
  const connect = (on: RunningConvene, token: string) =>
    SignallingClient.connect(`ws://127.0.0.1:${on.port}/ws`, token, WebSocket as never);

  before(async () => {
    [app, one] = await Promise.all([
      startConvene(testConfig(), { web: false, logger }),
      startConvene(testConfig({ PRECHECK_MAX_PROBES: '1' }), { web: false }),
    ]);
  });
  after(async () => {
    await app.close();
    await one.close();
  });

  it('gives one guest link opening 20 sockets only 2 probes, and a stopped probe frees its place', async () => {
    const token = guestToken(app, 'guest-link-1');
    const sockets = await Promise.all(Array.from({ length: 20 }, () => connect(app, token)));
    const tries = await Promise.allSettled(sockets.map((s) => s.request('precheck.start', {})));
    const started = sockets.filter((_, i) => tries[i]!.status === 'fulfilled');
    assert.equal(started.length, 2);
    for (const t of tries.filter((x) => x.status === 'rejected')) {
      assert.ok(refusedWith(/already have 2 checks/)(t.reason as RequestError), String(t.reason));
    }
    const waiting = sockets.find((s) => !started.includes(s))!;
    await assert.rejects(waiting.request('precheck.start', {}), refusedWith(/already have 2/));
    // Someone else is not held back by this link's probes.
    const other = await connect(app, guestToken(app, 'guest-link-2'));
    await other.request('precheck.start', {});

    await started[0]!.request('precheck.stop', {});
    await waiting.request('precheck.start', {});
    await assert.rejects(started[0]!.request('precheck.start', {}), refusedWith(/already have 2/));
    for (const s of [...sockets, other]) s.close();
  });

  it('counts a multi-use link as one, however many people open it', async () => {
    const nurse = await people(app).staff('demo.nurse');
    const api = people(app).api;
    const link = { scope: { kind: 'service', id: nurse.hub }, guestKind: 'patient', singleUse: false };
    const invite = await api('/api/invites', link, nurse.cookie);
    const tokens = [];
    for (const name of ['A', 'B', 'C']) {
      tokens.push(String((await api('/api/invites/redeem', { token: invite.body.token, name })).body.accessToken));
    }
    const sockets = await Promise.all(tokens.map((t) => connect(app, t)));
    await sockets[0]!.request('precheck.start', {});
    await sockets[1]!.request('precheck.start', {});
    await assert.rejects(sockets[2]!.request('precheck.start', {}), refusedWith(/already have 2/));
    for (const s of sockets) s.close();
  });

  it('refuses a probe once the server runs PRECHECK_MAX_PROBES, until one ends', async () => {
    const a = await connect(one, guestToken(one, 'guest-a'));
    const b = await connect(one, guestToken(one, 'guest-b'));
    await a.request('precheck.start', {});
    await assert.rejects(b.request('precheck.start', {}), refusedWith(/as many checks as it can/));
    await a.request('precheck.stop', {});
    await b.request('precheck.start', {});
    // A socket that drops frees its probe's place too.
    b.close();
    await until(() =>
      a.request('precheck.start', {}).then(
        () => true,
        () => false,
      ),
    );
    a.close();
  });

  it('logs one warning for a flooding socket, not one per dropped frame', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${app.port}/ws?access_token=${guestToken(app, 'flood')}`, SUBPROTOCOL);
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    await new Promise((r) => ws.once('message', r)); // welcome
    const frame = JSON.stringify({ type: 'request', id: 1, method: 'no.such.method', data: {} });
    for (let i = 0; i < 500; i++) ws.send(frame);
    assert.equal(await closed, CloseCode.RateLimited);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(lines.filter((l) => l.includes('signalling flood')).length, 1);
  });
});
