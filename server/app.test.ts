import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jwt from 'jsonwebtoken';
import { WebSocket } from 'ws';
import { CloseCode } from '../contracts/protocol/close-codes';
import { SUBPROTOCOL } from '../contracts/protocol/version';
import { startConvene, type RunningConvene } from './app';
import { testConfig } from './test-support/test-config';

function connect(app: RunningConvene, token?: string, protocol = SUBPROTOCOL) {
  const url = `ws://127.0.0.1:${app.port}/ws${token ? `?access_token=${encodeURIComponent(token)}` : ''}`;
  const ws = new WebSocket(url, protocol);
  const first = new Promise<{ message?: unknown; close?: { code: number; reason: string } }>((resolve) => {
    ws.once('message', (data) => resolve({ message: JSON.parse(String(data)) }));
    ws.once('close', (code, reason) => resolve({ close: { code, reason: String(reason) } }));
  });
  return { ws, first };
}

const METRICS_TOKEN = 'a-metrics-token-for-tests';

describe('one process on one port: web app, signalling and SFU', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig({ METRICS_TOKEN }));
  });
  after(() => app.close());

  it('serves the home page at /', async () => {
    const res = await fetch(`${app.url}/`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<h1[^>]*>Convene<\/h1>/);
    assert.match(html, /nothing is recorded/i);
  });

  it('reports health and Prometheus metrics, with the SFU workers running', async () => {
    const health = (await (await fetch(`${app.url}/healthz`)).json()) as { ok: boolean; workers: number };
    assert.deepEqual(health, { ok: true, workers: 1 });
    const metrics = await (
      await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    assert.match(metrics, /^convene_sfu_workers 1$/m);
    assert.match(metrics, /^convene_signalling_connections \d+$/m);
  });

  it('serves the NHS design system stylesheet without third-party font requests', async () => {
    const res = await fetch(`${app.url}/assets/nhsuk-frontend.css`);
    assert.equal(res.status, 200);
    const css = await res.text();
    assert.match(css, /\.nhsuk-header/);
    assert.doesNotMatch(css, /assets\.nhs\.uk/);
    assert.match(
      await (await fetch(`${app.url}/`)).text(),
      /<link rel="stylesheet" href="\/assets\/nhsuk-frontend.css"/,
    );
  });

  it('serves the NHS design system icons the CSS refers to', async () => {
    const res = await fetch(`${app.url}/assets/images/nhsuk-icon-arrow-right.svg`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    assert.equal((await fetch(`${app.url}/assets/../package.json`)).status, 404);
  });

  it('accepts a WebSocket carrying a valid JWT and greets it with the protocol version and identity', async () => {
    const token = app.tokens.issueAccess({ sub: 'u-1', role: 'clinician', name: 'Dr Ada Jones' });
    const { ws, first } = connect(app, token);
    const got = await first;
    const { exp } = app.tokens.verifyAccess(token);
    assert.deepEqual(got.message, {
      type: 'notification',
      method: 'welcome',
      data: {
        protocolVersion: 1,
        identity: { id: 'u-1', name: 'Dr Ada Jones', role: 'clinician' },
        expiresAt: new Date(exp * 1000).toISOString(),
      },
    });
    ws.close();
  });

  const refusals: [string, () => string | undefined, RegExp][] = [
    ['no token', () => undefined, /no access token/],
    [
      'a token signed with another secret',
      () =>
        jwt.sign({ sub: 'x', role: 'admin', name: 'X', jti: '1' }, 'another-secret-another-secret-12345', {
          algorithm: 'HS256',
          issuer: 'convene',
          audience: 'convene:access',
          expiresIn: 60,
        }),
      /not valid/,
    ],
    [
      'an alg:none token',
      () =>
        jwt.sign({ sub: 'x', role: 'admin', name: 'X', jti: '1' }, '', {
          algorithm: 'none',
          issuer: 'convene',
          audience: 'convene:access',
        }),
      /not valid/,
    ],
    ['an expired token', () => app.tokens.issueAccess({ sub: 'u-1', role: 'clinician', name: 'A' }, -10), /expired/],
    ['a garbage token', () => 'not-a-jwt', /not valid/],
  ];
  for (const [what, token, reason] of refusals) {
    it(`refuses a WebSocket with ${what}: close ${CloseCode.Unauthenticated} and a reason`, async () => {
      const { first } = connect(app, token());
      const got = await first;
      assert.equal(got.close?.code, CloseCode.Unauthenticated);
      assert.match(got.close!.reason, reason);
    });
  }

  it('refuses a client speaking another protocol version', async () => {
    const token = app.tokens.issueAccess({ sub: 'u-1', role: 'clinician', name: 'A' });
    const { first } = connect(app, token, 'convene.v0');
    const got = await first;
    assert.equal(got.close?.code, CloseCode.UnsupportedProtocol);
  });
});
