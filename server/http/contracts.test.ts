import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import pino from 'pino';
import { HttpRoutes, pathOf, type Answer, type HttpRoute } from '../../contracts/http';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { PNG } from '../../domain/consultations/test-support/samples';
import { TokenService } from '../../identity/tokens';
import { seedDemoData, type DemoLogin } from '../demo/demo-data';
import { createApi } from './api';

const { auth, services, invites, consultations: c } = HttpRoutes;
// The practice-token route is served beside the API (server/dev-token.ts), and only when enabled.
const served: HttpRoute[] = [auth, services, invites, c].flatMap((area) => Object.values(area));
const ANY = '00000000-0000-4000-8000-000000000000';
const at = (route: HttpRoute, id = ANY) => pathOf(route, { id, jti: id } as never);

describeOnEachDatabase('the HTTP contracts: every route served as contracts/http names it', (t) => {
  const server = createServer();
  let logins: DemoLogin[] = [];
  let base = '';
  let headers: Record<string, string> = {};
  const call = (route: HttpRoute, path: string, body?: unknown, type = 'application/json') =>
    fetch(`${base}${path}`, {
      method: route.method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': type }) },
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  /** Calls a route and parses its answer as the browser does: throws when the server strays from its contract. */
  const answer = async <R extends HttpRoute>(route: R, path: string, body?: unknown, type?: string) => {
    const res = await call(route, path, body, type);
    const json: unknown = await res.json();
    assert.ok(res.ok, `${route.path}: ${JSON.stringify(json)}`);
    return route.response.parse(json) as Answer<R>;
  };

  before(async () => {
    logins = await seedDemoData(t.db);
    const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789');
    const logger = pino({ level: 'silent' });
    const api = createApi({ db: t.db, tokens, logger, secureCookies: false, publicUrl: () => 'http://convene.test' });
    server.on('request', (req, res) => void api.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves every route at its contract method and path', async () => {
    for (const route of served) {
      const res = await call(route, at(route));
      assert.ok(![404, 405].includes(res.status), `${route.method} ${route.path} answered ${res.status}`);
    }
  });

  it('answers 400 bad_request to a body its contract refuses, on every JSON route', async () => {
    const { username, password } = logins.find((l) => l.username === 'demo.clinician')!;
    const { accessToken } = await answer(auth.login, auth.login.path, { username, password });
    headers = { authorization: `Bearer ${accessToken}` };
    for (const route of served.filter((r) => r.method !== 'GET' && r !== c.upload)) {
      const res = await call(route, at(route), { unexpected: [1] });
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      assert.deepEqual([res.status, error.code], [400, 'bad_request'], `${route.path}: ${error.message}`);
    }
  });

  it('answers in the shapes its contracts declare', async () => {
    await answer(auth.me, auth.me.path);
    await answer(c.directory, c.directory.path);
    const mine = await answer(services.mine, services.mine.path);
    const { id } = await t.db
      .selectFrom('consultations')
      .select('id')
      .where(
        'service_id',
        'in',
        mine.services.map((s) => s.id),
      )
      .executeTakeFirstOrThrow();
    const made = await answer(invites.create, invites.create.path, {
      scope: { kind: 'consultation', id },
      guestKind: 'patient',
    });
    await answer(invites.redeem, invites.redeem.path, { token: made.token, name: 'Pat' });
    await answer(c.notes, at(c.notes, id), { text: 'Seen.' });
    await answer(c.upload, `${at(c.upload, id)}?filename=wound.png`, new Blob([new Uint8Array(PNG)]), 'image/png');
    const record = await answer(c.record, at(c.record, id));
    const got = [record.notes?.text, record.files.length, typeof record.consultation.createdAt];
    assert.deepEqual(got, ['Seen.', 1, 'string'], 'dates are read as ISO strings');
    assert.deepEqual(await answer(invites.revoke, at(invites.revoke, made.jti), {}), { revoked: true });
  });
});
