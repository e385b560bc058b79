import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startConvene, type RunningConvene } from '../app';
import { testConfig } from '../test-support/test-config';
import { applyContentSecurityPolicy, contentSecurityPolicy, makeNonce } from './content-security-policy';

/** The directives of a policy by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the Content-Security-Policy of the pages', () => {
  it('allows scripts only by nonce, everything else from the site itself, and the signalling socket', () => {
    const d = directives(contentSecurityPolicy('abc123==', 'convene.example:8443'));
    assert.deepEqual(d.get('script-src'), ["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    assert.deepEqual(d.get('default-src'), ["'self'"]);
    assert.deepEqual(d.get('connect-src'), ["'self'", 'ws://convene.example:8443', 'wss://convene.example:8443']);
    assert.deepEqual(d.get('media-src'), ["'self'", 'blob:', 'mediastream:']);
    assert.deepEqual(d.get('img-src'), ["'self'", 'data:', 'blob:']);
    assert.deepEqual(d.get('style-src'), ["'self'", "'unsafe-inline'"]);
    assert.deepEqual(d.get('object-src'), ["'none'"]);
    assert.deepEqual(d.get('base-uri'), ["'self'"]);
    assert.deepEqual(d.get('form-action'), ["'self'"]);
    assert.deepEqual(d.get('frame-ancestors'), ["'none'"]);
  });

  it('keeps a hostile Host header out of the policy', () => {
    for (const host of ['evil; script-src *', 'a b', 'x.example/path', "x'", undefined, '']) {
      const d = directives(contentSecurityPolicy('n0nce', host));
      assert.deepEqual(d.get('connect-src'), ["'self'"], String(host));
      assert.deepEqual(d.get('script-src'), ["'self'", "'nonce-n0nce'", "'strict-dynamic'"], String(host));
    }
    assert.deepEqual(directives(contentSecurityPolicy('n', '[::1]:3000')).get('connect-src'), [
      "'self'",
      'ws://[::1]:3000',
      'wss://[::1]:3000',
    ]);
  });

  it('makes a fresh 128-bit nonce each time, in the characters Next.js accepts', () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9+/]{22}==$/);
  });

  it('puts its own policy on the request, whatever the client sent, and the same on the response', () => {
    const req = {
      headers: {
        host: 'localhost:3000',
        'content-security-policy': "script-src 'nonce-chosenbyclient'",
        'content-security-policy-report-only': "script-src 'nonce-chosenbyclient'",
      },
    } as unknown as IncomingMessage;
    const set = new Map<string, unknown>();
    const res = { setHeader: (k: string, v: unknown) => set.set(k.toLowerCase(), v) } as unknown as ServerResponse;
    const nonce = applyContentSecurityPolicy(req, res);
    const policy = req.headers['content-security-policy'];
    assert.ok(typeof policy === 'string' && policy.includes(`'nonce-${nonce}'`));
    assert.doesNotMatch(policy, /chosenbyclient/);
    assert.equal(req.headers['content-security-policy-report-only'], undefined);
    assert.equal(set.get('content-security-policy'), policy);
  });
});

describe('every page is served with a fresh nonce that its own scripts carry', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: true });
  });
  after(() => app.close());

  async function page(path: string): Promise<{ policy: string; nonce: string; html: string; headers: Headers }> {
    const res = await fetch(`${app.url}${path}`);
    assert.equal(res.status, 200, path);
    const policy = res.headers.get('content-security-policy');
    assert.ok(policy, `${path} has a Content-Security-Policy`);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(directives(policy).get('script-src')?.join(' ') ?? '')?.[1];
    assert.ok(nonce, `${path}: a nonce in script-src of ${policy}`);
    return { policy, nonce, html: await res.text(), headers: res.headers };
  }

  for (const path of ['/', '/login', '/join', '/dashboard', '/check']) {
    it(`${path}`, async () => {
      const first = await page(path);
      const second = await page(path);
      assert.notEqual(first.nonce, second.nonce, `${path}: the nonce differs between requests`);
      for (const { nonce, html, policy } of [first, second]) {
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        assert.ok(scripts.length > 0, `${path} has scripts`);
        for (const tag of scripts) assert.ok(tag.includes(` nonce="${nonce}"`), `${path}: ${tag} carries the nonce`);
        assert.ok(!html.includes(`nonce="${nonce === first.nonce ? second.nonce : first.nonce}"`));
        const host = new URL(app.url).host;
        assert.equal(directives(policy).get('connect-src')?.join(' '), `'self' ws://${host} wss://${host}`);
      }
      // The headers of web/next.config.ts are still there.
      assert.equal(first.headers.get('x-frame-options'), 'DENY');
      assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(first.headers.get('referrer-policy'), 'no-referrer');
      assert.match(first.headers.get('cache-control') ?? '', /no-store|private/);
    });
  }
});
