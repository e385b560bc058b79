import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import pino from 'pino';
import { FixedLinkRoutes } from '../../contracts/http/fixed-links';
import { pathOf } from '../../contracts/http/route';
import { addServiceMember, createService } from '../../db/records/organisations';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { TokenService } from '../../identity/tokens';
import { seedDemoData, type DemoLogin } from '../demo/demo-data';
import { createApi } from './api';

const HUB = '24/7 Care Home Support Hub';
const CLOSED = 'Status Check Night Clinic';

/** The fixed link's page asks this before its form: only whether it may be used, and the service's public name. */
describeOnEachDatabase('GET /api/fixed-links/:linkId/status', (t) => {
  const server = createServer();
  let base = '';
  let nurse = { cookie: '' };
  let logins: DemoLogin[] = [];

  const call = async (method: string, path: string, body?: unknown, cookie = '') => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const status = (linkId: string) => call('GET', pathOf(FixedLinkRoutes.status, { linkId }));
  /** The nurse turns a service's link on or off from the dashboard; the answer is its id (null when off). */
  const turn = async (serviceId: string, on: boolean) => {
    const res = await call('PUT', pathOf(FixedLinkRoutes.set, { serviceId }), { on }, nurse.cookie);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.linkId as string | null;
  };
  const serviceNamed = async (name: string) =>
    (await t.db.selectFrom('services').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  before(async () => {
    logins = await seedDemoData(t.db);
    const api = createApi({
      db: t.db,
      tokens: new TokenService('a-test-secret-that-is-long-enough-0123456789'),
      logger: pino({ level: 'silent' }),
      secureCookies: false,
      publicUrl: () => 'http://convene.test',
    });
    server.on('request', (req, res) => void api.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const user = await t.db
      .selectFrom('users')
      .select(['id', 'organisation_id'])
      .where('username', '=', 'demo.nurse')
      .executeTakeFirstOrThrow();
    // A clinic with no opening hours, so it is closed whenever this runs; the nurse is its member before signing in.
    const clinic = await createService(t.db, {
      organisationId: user.organisation_id,
      name: CLOSED,
      kind: 'scheduled_clinic',
      openingHours: { timeZone: 'Europe/London', weekly: {} },
    });
    await addServiceMember(t.db, clinic.id, user.id);
    const { password } = logins.find((l) => l.username === 'demo.nurse')!;
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.nurse', password }),
    });
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    nurse = { cookie };
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('says a link that is on is open, with the service’s name and nothing more', async () => {
    const linkId = (await turn(await serviceNamed(HUB), true))!;
    assert.deepEqual(await status(linkId), { status: 200, body: { open: true, serviceName: HUB } });
    assert.deepEqual(await status(linkId.toUpperCase()), { status: 200, body: { open: true, serviceName: HUB } });
  });

  it('says a link turned off is not in use, without naming the service', async () => {
    const hub = await serviceNamed(HUB);
    const linkId = (await turn(hub, true))!;
    await turn(hub, false);
    const { status: code, body } = await status(linkId);
    assert.equal(code, 200);
    assert.deepEqual(Object.keys(body).sort(), ['message', 'open', 'reason']);
    assert.deepEqual([body.open, body.reason], [false, 'off']);
    assert.match(String(body.message), /This waiting-area link is not in use/);
    assert.doesNotMatch(String(body.message), /Hub/);
  });

  it('says the service is closed outside its opening hours, and when it opens', async () => {
    const linkId = (await turn(await serviceNamed(CLOSED), true))!;
    assert.deepEqual(await status(linkId), {
      status: 200,
      body: {
        open: false,
        reason: 'closed',
        message: `${CLOSED} is closed. It has no opening hours set at the moment.`,
      },
    });
  });

  it('answers 404 to a link that was never issued, and to one that is not a link id at all', async () => {
    for (const linkId of ['6f1c1c1e-0000-4000-8000-000000000000', 'not-a-link', "1' or '1'='1"]) {
      const { status: code, body } = await status(linkId);
      assert.equal(code, 404, linkId);
      assert.equal((body.error as { code: string }).code, 'not_found');
    }
  });

  it('changes nothing: asking does not count as an arrival or write to the audit trail', async () => {
    const linkId = (await turn(await serviceNamed(HUB), true))!;
    const count = async () => {
      const [arrivals, audit] = await Promise.all([
        t.db
          .selectFrom('fixed_link_arrivals')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
        t.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return [Number(arrivals.n), Number(audit.n)];
    };
    const before = await count();
    for (let i = 0; i < 12; i++) assert.equal((await status(linkId)).status, 200);
    assert.deepEqual(await count(), before);
  });
});
