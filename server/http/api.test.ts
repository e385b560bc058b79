import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import pino from 'pino';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { seedDemoData, type DemoLogin } from '../demo/demo-data';
import { TokenService } from '../../identity/tokens';
import { SignInThrottle } from '../../identity/sign-in-throttle';
import { createApi, type ApiDeps } from './api';
import { MAX_BODY_BYTES } from './http-json';

interface Reply {
  status: number;
  body: { error?: { code: string; message: string } } & Record<string, unknown>;
  cookies: string[];
}

describeOnEachDatabase('the JSON API: sign-in, sessions, invites', (t) => {
  const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789');
  let base = '';
  let logins: DemoLogin[] = [];
  const password = (username: string) => logins.find((l) => l.username === username)!.password;

  const servers: Server[] = [];
  /** An HTTP server for the API over the test database; its base URL. */
  async function serve(extra: Partial<ApiDeps> = {}): Promise<string> {
    const api = createApi({
      db: t.db,
      tokens,
      logger: pino({ level: 'silent' }),
      secureCookies: false,
      publicUrl: () => 'http://convene.test',
      ...extra,
    });
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (api.handles(path)) return void api.handle(req, res);
      res.writeHead(404).end();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  before(async () => {
    logins = await seedDemoData(t.db);
    base = await serve();
  });
  after(() => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    at = base,
  ): Promise<Reply> {
    const res = await fetch(`${at}${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {}, cookies: res.headers.getSetCookie() };
  }

  /** The cookie header a browser would send back for these Set-Cookie lines. */
  const jar = (cookies: string[]) => ({ cookie: cookies.map((c) => c.split(';')[0]).join('; ') });
  const bearer = (token: unknown) => ({ authorization: `Bearer ${String(token)}` });
  const signIn = (username: string) => call('POST', '/api/auth/login', { username, password: password(username) });

  it('signs in: the user, an access token, and httpOnly SameSite=Lax session and access cookies', async () => {
    const r = await signIn('demo.clinician');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal((r.body.user as { role: string }).role, 'clinician');
    const [session, access] = r.cookies;
    assert.match(
      session!,
      /^convene_session=[0-9a-f-]{36}\.[\w-]+; Path=\/api\/auth; Max-Age=43200; HttpOnly; SameSite=Lax$/,
    );
    assert.match(access!, /^convene_access=[\w.-]+; Path=\/; Max-Age=(899|900); HttpOnly; SameSite=Lax$/);
    const me = await call('GET', '/api/me', undefined, jar([access!]));
    assert.equal(me.status, 200);
    assert.equal(me.body.name, 'Dr Asha Patel');
    assert.equal((me.body.serviceIds as string[]).length, 3);
  });

  it('refuses a wrong password and an unknown user alike, with a typed JSON error', async () => {
    const wrong = await call('POST', '/api/auth/login', { username: 'demo.nurse', password: 'not the password' });
    const unknown = await call('POST', '/api/auth/login', { username: 'nobody', password: 'not the password' });
    assert.equal(wrong.status, 401);
    assert.deepEqual(unknown.body, wrong.body);
    assert.deepEqual(wrong.body, {
      error: { code: 'wrong_password', message: 'The username or password is not correct.' },
    });
  });

  it('refuses an address that fails to sign in too often across accounts, even with a right password, until later', async () => {
    let now = Date.now();
    const throttled = await serve({
      signInThrottle: new SignInThrottle({ limit: 4, windowMs: 60_000, now: () => now }),
      trustProxy: true,
    });
    // Behind the proxy, the address is the entry it added; what the client put before it is ignored.
    let spoof = 0;
    const attempt = (username: string, pw: string) =>
      call(
        'POST',
        '/api/auth/login',
        { username, password: pw },
        { 'x-forwarded-for': `10.0.0.${++spoof}, 198.51.100.9` },
        throttled,
      );
    // One guess on each of several accounts: never enough to lock any of them.
    for (const username of ['demo.nurse', 'demo.coordinator', 'demo.admin', 'demo.prison']) {
      assert.equal((await attempt(username, 'Winter2026!')).status, 401);
    }
    const refused = await attempt('demo.carehome', password('demo.carehome'));
    assert.deepEqual(
      [refused.status, refused.body.error],
      [429, { code: 'throttled', message: 'Too many failed sign-ins from your network. Try again in 1 minute.' }],
    );
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['ip', 'details'])
      .where('action', '=', 'auth.login_throttled')
      .execute();
    assert.deepEqual(audit, [{ ip: '198.51.100.9', details: { limit: 4 } }]);
    // The default throttle of the main server is separate, and the window passes.
    assert.equal((await signIn('demo.carehome')).status, 200);
    now += 60_000;
    assert.equal((await attempt('demo.carehome', password('demo.carehome'))).status, 200);
  });

  it('refreshes from the session cookie, and after sign-out refuses both the refresh and the old access token', async () => {
    const r = await signIn('demo.nurse');
    const sessionJar = jar([r.cookies[0]!]);
    const refreshed = await call('POST', '/api/auth/refresh', {}, sessionJar);
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.accessToken, r.body.accessToken);

    const out = await call('POST', '/api/auth/logout', {}, sessionJar);
    assert.equal(out.status, 200);
    assert.ok(out.cookies.every((c) => /Max-Age=0/.test(c)));
    const again = await call('POST', '/api/auth/refresh', {}, sessionJar);
    assert.deepEqual([again.status, again.body.error?.code], [401, 'revoked']);
    const me = await call('GET', '/api/me', undefined, bearer(refreshed.body.accessToken));
    assert.deepEqual([me.status, me.body.error?.code], [401, 'revoked']);
    const none = await call('GET', '/api/me');
    assert.deepEqual([none.status, none.body.error?.code], [401, 'unauthenticated']);
  });

  it('refuses bodies that are not JSON, malformed, invalid or too large, and wrong methods', async () => {
    const plain = await call('POST', '/api/auth/login', undefined, { 'content-type': 'text/plain' });
    assert.deepEqual([plain.status, plain.body.error?.code], [415, 'unsupported_media_type']);
    const broken = await call('POST', '/api/auth/login', '{"username":');
    assert.deepEqual([broken.status, broken.body.error?.code], [400, 'bad_request']);
    const invalid = await call('POST', '/api/auth/login', { username: 'x' });
    assert.equal(invalid.status, 400);
    assert.match(invalid.body.error!.message, /password/);
    const huge = await call('POST', '/api/auth/login', { username: 'x', password: 'y'.repeat(MAX_BODY_BYTES) });
    assert.deepEqual([huge.status, huge.body.error?.code], [413, 'too_large']);
    const get = await call('GET', '/api/auth/login');
    assert.deepEqual([get.status, get.body.error?.code], [405, 'method_not_allowed']);
  });

  it('lets a clinic clinician invite a patient, who redeems the link once for a scoped guest token', async () => {
    const clinic = await t.db
      .selectFrom('services')
      .select('id')
      .where('kind', '=', 'scheduled_clinic')
      .executeTakeFirstOrThrow();
    const consultation = await t.db
      .selectFrom('consultations')
      .select('id')
      .where('service_id', '=', clinic.id)
      .executeTakeFirstOrThrow();
    const clinician = await signIn('demo.clinician');
    const scope = { kind: 'consultation', id: consultation.id };
    const created = await call(
      'POST',
      '/api/invites',
      { scope, guestKind: 'patient' },
      bearer(clinician.body.accessToken),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.link as string, /\/join#invite=[\w.-]+$/);

    const redeemed = await call('POST', '/api/invites/redeem', { token: created.body.token, name: 'Priya Nair' });
    assert.equal(redeemed.status, 200, JSON.stringify(redeemed.body));
    assert.match(redeemed.cookies[0]!, /^convene_access=/);
    const me = await call('GET', '/api/me', undefined, bearer(redeemed.body.accessToken));
    assert.deepEqual([me.body.role, me.body.scope, me.body.rooms], ['guest', scope, []], 'a guest token names no room');
    const twice = await call('POST', '/api/invites/redeem', { token: created.body.token });
    assert.deepEqual([twice.status, twice.body.error?.code], [409, 'used']);

    const multi = await call(
      'POST',
      '/api/invites',
      { scope, guestKind: 'relative', singleUse: false },
      bearer(clinician.body.accessToken),
    );
    const revoked = await call(
      'POST',
      `/api/invites/${String(multi.body.jti)}/revoke`,
      {},
      bearer(clinician.body.accessToken),
    );
    assert.equal(revoked.status, 200);
    const late = await call('POST', '/api/invites/redeem', { token: multi.body.token });
    assert.deepEqual([late.status, late.body.error?.code], [401, 'revoked']);
  });

  it('refuses invites from those who may not make them, and for things that do not exist', async () => {
    const consultation = await t.db.selectFrom('consultations').select('id').executeTakeFirstOrThrow();
    const scope = { kind: 'consultation', id: consultation.id };
    const admin = await signIn('demo.admin');
    const byAdmin = await call('POST', '/api/invites', { scope, guestKind: 'patient' }, bearer(admin.body.accessToken));
    assert.deepEqual([byAdmin.status, byAdmin.body.error?.code], [403, 'forbidden']);
    assert.match(byAdmin.body.error!.message, /admin role may not invite\.create/);
    const guest = tokens.issueAccess({
      sub: 'g',
      role: 'guest',
      name: 'G',
      scope: { kind: 'consultation', id: consultation.id },
    });
    const byGuest = await call('POST', '/api/invites', { scope, guestKind: 'patient' }, bearer(guest));
    assert.equal(byGuest.status, 403);
    const clinician = await signIn('demo.clinician');
    const missing = { kind: 'consultation', id: crypto.randomUUID() };
    const none = await call(
      'POST',
      '/api/invites',
      { scope: missing, guestKind: 'patient' },
      bearer(clinician.body.accessToken),
    );
    assert.deepEqual([none.status, none.body.error?.code], [404, 'not_found']);
  });
});
