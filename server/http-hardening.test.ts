import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { connect as tcp, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { WebSocket } from 'ws';
import { SUBPROTOCOL } from '../contracts/protocol/version';
import { startConvene, type RunningConvene } from './app';
import { createApi } from './http/api';
import { httpEntry } from './http/entry';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const METRICS_TOKEN = 'a-metrics-token-for-tests';
const PARTNER = 'https://partner.example';
const UPGRADE =
  'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

/** What a raw TCP client gets back within 2 s for `head` (fetch would normalise the path first). */
function raw(port: number, head: string): Promise<string> {
  return new Promise((resolve) => {
    const close = /^connection:/im.test(head) ? '' : 'Connection: close\r\n';
    const socket = tcp(port, '127.0.0.1', () => socket.write(`${head}Host: x\r\n${close}\r\n`));
    let got = '';
    const done = () => (clearTimeout(timer), socket.destroy(), resolve(got));
    const timer = setTimeout(done, 2000);
    socket.on('data', (d) => (got += String(d)));
    for (const event of ['end', 'error']) socket.on(event, done);
  });
}

/** How a WebSocket upgrade with these headers ends: the HTTP refusal's status, or 'welcome'. */
function upgrade(port: number, headers: Record<string, string>, token?: string): Promise<number | string> {
  const query = token ? `?access_token=${encodeURIComponent(token)}` : '';
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws${query}`, SUBPROTOCOL, { headers });
  return new Promise<number | string>((resolve) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('message', (d) => resolve((JSON.parse(String(d)) as { method: string }).method));
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => {});
  }).finally(() => ws.terminate());
}

describe('the HTTP front door refuses what an attacker sends', () => {
  let app: RunningConvene;
  let bare: RunningConvene;
  let staffCookie = '';
  let hubId = '';

  /** As staff by default; `{}` for nobody, or headers of the caller's own. */
  const api = (path: string, body?: unknown, auth: string | Record<string, string> = staffCookie) =>
    people(app).api(path, body, auth);

  before(async () => {
    [app, bare] = await Promise.all([
      startConvene(testConfig({ METRICS_TOKEN, ALLOWED_ORIGINS: PARTNER }), { web: false }),
      startConvene(testConfig(), { web: false }),
    ]);
    const clinician = await people(app).staff('demo.clinician');
    staffCookie = clinician.cookie;
    hubId = clinician.hub;
  });
  after(async () => {
    await app.close();
    await bare.close();
  });

  for (const [what, head] of [
    ['a request for // (an empty path segment)', 'GET // HTTP/1.1\r\n'],
    ['a request for /api/files/%ff (broken percent-encoding)', 'GET /api/files/%ff HTTP/1.1\r\n'],
    ['a WebSocket upgrade to //', `GET // HTTP/1.1\r\n${UPGRADE}`],
  ]) {
    it(`answers ${what} with 400 at once, and keeps serving`, async () => {
      assert.match(await raw(app.port, head!), /^HTTP\/1\.1 400 /);
      assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
    });
  }

  it('answers a WebSocket upgrade to an unknown path with 404', async () => {
    assert.match(await raw(app.port, `GET /not-signalling HTTP/1.1\r\n${UPGRADE}`), /^HTTP\/1\.1 404 /);
  });

  it('gives every answer its own request id, and a refusal names it in the body', async () => {
    const ids = await Promise.all(
      ['/healthz', '/nothing-here'].map(async (p) => (await fetch(`${app.url}${p}`)).headers.get('x-request-id') ?? ''),
    );
    for (const id of ids) assert.match(id, /^[0-9a-f-]{36}$/);
    assert.notEqual(ids[0], ids[1]);
    const bad = await raw(app.port, 'GET // HTTP/1.1\r\n');
    const id = /^x-request-id: (.+)\r$/im.exec(bad)?.[1];
    assert.ok(id, 'the 400 carries an x-request-id');
    assert.ok(bad.includes(`"requestId":"${id}"`), bad);
  });

  it('answers a handler that throws or rejects with 500 and the request id it logged', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const entry = httpEntry(pino(sink), (req) => {
      if (req.url === '/sync') throw new Error('boom');
      return Promise.reject(new Error('later boom'));
    });
    const server = createServer(entry).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    for (const path of ['/sync', '/async']) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      const body = (await res.json()) as { error: { code: string; requestId: string } };
      assert.equal(res.status, 500);
      assert.equal(body.error.code, 'internal');
      assert.equal(body.error.requestId, res.headers.get('x-request-id'));
      assert.ok(
        lines.some((l) => l.includes(body.error.requestId)),
        'the log names the same id',
      );
    }
    server.close();
  });

  it('answers an API request that fails inside with 500 and the request id it logged', async () => {
    const lines: string[] = [];
    const logger = pino(new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }));
    // A database that has gone away: every query fails, as when PostgreSQL restarts under the service.
    const gone = new Proxy(
      {},
      {
        get: () => () => {
          throw new Error('connection terminated');
        },
      },
    );
    const api = createApi({ db: gone as never, tokens: app.tokens, logger, secureCookies: false, publicUrl: () => '' });
    const server = createServer(httpEntry(logger, (req, res) => api.handle(req, res))).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const token = app.tokens.issueAccess({ sub: 'u-1', role: 'nurse', name: 'N', sid: crypto.randomUUID() });
    const res = await fetch(`http://127.0.0.1:${port}/api/my-services`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    assert.deepEqual([res.status, body.error.code], [500, 'internal']);
    assert.equal(body.error.requestId, res.headers.get('x-request-id'));
    assert.ok(
      lines.some((l) => l.includes(body.error.requestId) && l.includes('connection terminated')),
      'logged with it',
    );
    server.close();
  });

  const refused: [string, () => string][] = [
    ['a page on another port of localhost', () => 'http://localhost:9999'],
    ['a sibling subdomain of the server', () => `http://evil.localhost:${app.port}`],
    ['a sibling of an allowed origin', () => 'https://evil.partner.example'],
    ['an opaque (null) origin', () => 'null'],
  ];
  for (const [what, from] of refused) {
    it(`refuses the signalling upgrade with 403 from ${what}, even with a valid token`, async () => {
      const token = app.tokens.issueAccess({ sub: 'u-1', role: 'clinician', name: 'Dr A' });
      assert.equal(await upgrade(app.port, { origin: from() }, token), 403);
    });
  }

  it('accepts the signalling upgrade from its own origin, a listed origin, or a client sending no Origin', async () => {
    const token = app.tokens.issueAccess({ sub: 'u-1', role: 'clinician', name: 'Dr A' });
    for (const from of [`http://localhost:${app.port}`, `http://127.0.0.1:${app.port}`, PARTNER]) {
      assert.equal(await upgrade(app.port, { origin: from }, token), 'welcome', from);
    }
    assert.equal(await upgrade(app.port, {}, token), 'welcome');
    assert.equal(await upgrade(app.port, {}), 4401, 'without an Origin a token is still required');
  });

  it('does not serve /metrics when no METRICS_TOKEN is set', async () => {
    assert.equal((await fetch(`${bare.url}/metrics`)).status, 404);
  });

  it('serves /metrics only with the right bearer token', async () => {
    assert.equal((await fetch(`${app.url}/metrics`)).status, 401);
    const wrong = await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token' } });
    assert.equal(wrong.status, 401);
    const right = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    assert.equal(right.status, 200);
    assert.match(await right.text(), /^convene_sfu_workers 1$/m);
  });

  it('builds invite links from its own address, not from a forged Host header', async () => {
    const body = JSON.stringify({ scope: { kind: 'service', id: hubId }, guestKind: 'patient' });
    const headers = { host: 'evil.example', cookie: staffCookie, 'content-type': 'application/json' };
    // fetch always sends the Host it connects to; node:http sends the one given.
    const link = await new Promise<string>((resolve, reject) => {
      const to = { port: app.port, host: '127.0.0.1', method: 'POST', path: '/api/invites', headers };
      const req = request(to, async (res) => resolve(JSON.parse(String(await res.toArray().then(Buffer.concat))).link));
      req.on('error', reject).end(body);
    });
    assert.ok(link.startsWith(`http://localhost:${app.port}/join#invite=`), link);
    assert.doesNotMatch(link, /evil/);
  });

  it('shows a guest only the service their link was for, and no transfer targets', async () => {
    const invite = await api('/api/invites', { scope: { kind: 'service', id: hubId }, guestKind: 'patient' });
    const redeemed = await api('/api/invites/redeem', { token: invite.body.token, name: 'Pat' }, {});
    const mine = await api('/api/my-services', undefined, { authorization: `Bearer ${redeemed.body.accessToken}` });
    assert.equal(mine.status, 200);
    const ids = (mine.body.services as { id: string }[]).map((s) => s.id);
    assert.deepEqual(ids, [hubId]);
    assert.deepEqual(mine.body.transferTargets, []);
    const staff = await api('/api/my-services');
    assert.ok((staff.body.transferTargets as unknown[]).length > 0, 'staff still see where to transfer');
  });
});
