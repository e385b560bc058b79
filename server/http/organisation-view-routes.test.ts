import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import pino from 'pino';
import { OrganisationViewRoutes as V } from '../../contracts/http/organisation-views';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { createOrganisation } from '../../db/records/organisations';
import { createPatient } from '../../db/records/patients';
import { createStaffUser } from '../../identity/staff-users';
import { TokenService } from '../../identity/tokens';
import type { Database, StaffRole } from '../../db/schema';
import type { Kysely } from 'kysely';
import { seedDemoData, type DemoLogin } from '../demo/demo-data';
import { createApi } from './api';

const PASSWORD = 'a long enough test password 42';
const HOUR = 3_600_000;
const ROUTES = [V.careHome, V.prisonToday];

const SYSTEM = { id: 'test', role: 'system' };

/** Another organisation of `kind`, with one member of staff and one patient: the "someone else's" of the tests. */
async function otherOrganisation(db: Kysely<Database>, name: string, kind: 'care_home' | 'prison', username: string) {
  const org = await createOrganisation(db, { name, kind });
  const role: StaffRole = kind === 'prison' ? 'prison_staff' : 'care_home_staff';
  const staff = { organisationId: org.id, username, displayName: username, role, password: PASSWORD };
  await createStaffUser(db, staff, SYSTEM);
  const person = { givenName: 'Other', familyName: `Of ${name}`, dateOfBirth: '1950-01-01', organisationId: org.id };
  return { org, patient: await createPatient(db, person) };
}

describeOnEachDatabase('the care-home and prison pages: each sees its own organisation only', (t) => {
  const server = createServer();
  let logins: DemoLogin[] = [];
  let base = '';
  const get = async (path: string, token = '') => {
    const res = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const signIn = async (username: string, password = logins.find((l) => l.username === username)?.password) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    assert.equal(res.status, 200, username);
    return String(((await res.json()) as { accessToken: string }).accessToken);
  };
  const audited = (action: string) =>
    t.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id', 'desc').execute();
  const ids: Record<string, string> = {};
  const orgOf = async (username: string) =>
    (
      await t.db
        .selectFrom('users')
        .select('organisation_id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).organisation_id;

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
    const service = (name: string) =>
      t.db.selectFrom('services').select('id').where('name', '=', name).executeTakeFirstOrThrow();
    const [hub, clinic] = [await service('24/7 Care Home Support Hub'), await service('Respiratory Outpatient Clinic')];
    ids.hub = hub.id;
    // Elm House, another care home, with a resident and a request of its own to the same hub.
    const elm = await otherOrganisation(t.db, 'Elm House', 'care_home', 'elm.carer');
    await t.db
      .insertInto('consultations')
      .values({
        service_id: hub.id,
        patient_id: elm.patient.id,
        requester_organisation_id: elm.org.id,
        reason: 'Elm fall',
      })
      .execute();
    // HMP Eastgate, another prison, with a prisoner booked into the same clinic today.
    const east = await otherOrganisation(t.db, 'HMP Eastgate', 'prison', 'east.officer');
    const now = Date.now();
    const daniel = await t.db
      .selectFrom('patients')
      .select('id')
      .where('family_name', '=', 'Shaw')
      .executeTakeFirstOrThrow();
    const book = (patient: string, at: number, cancelled = false) =>
      t.db
        .insertInto('appointments')
        .values({
          service_id: clinic.id,
          patient_id: patient,
          starts_at: new Date(at),
          ends_at: new Date(at + HOUR / 3),
          cancelled_at: cancelled ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    ids.eastToday = (await book(east.patient.id, now)).id;
    ids.danielNow = (await book(daniel.id, now)).id;
    ids.danielCancelled = (await book(daniel.id, now + 1000, true)).id;
    ids.danielLastWeek = (await book(daniel.id, now - 7 * 24 * HOUR)).id;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("shows the care home its residents and its own requests to the hub, not another home's, and audits it", async () => {
    const { status, body } = await get(V.careHome.path, await signIn('demo.carehome'));
    assert.equal(status, 200, JSON.stringify(body));
    const page = V.careHome.response.parse(body);
    assert.equal(page.home.name, 'Willow Court Care Home (demo)');
    assert.deepEqual(
      page.residents.map((r) => `${r.givenName} ${r.familyName} ${r.dateOfBirth}`),
      ['Margaret Hill 1938-04-12', 'Arthur Pike 1941-09-30'],
    );
    assert.ok(page.residents.every((r) => /^\d{10}$/.test(r.nhsNumber ?? '')));
    assert.deepEqual(
      page.requests.map((r) => [r.resident, r.reason, r.service, r.stage]),
      [
        [
          'Margaret Hill',
          'Found on the floor overnight; new confusion this morning',
          '24/7 Care Home Support Hub',
          'waiting',
        ],
      ],
    );
    // Who saw which residents is on record: a list of patients is patient data.
    const [event] = await audited('care_home.overview.read');
    assert.deepEqual(
      [event?.resource_id, (event?.details.residents as string[]).length],
      [await orgOf('demo.carehome'), 2],
    );

    const elm = V.careHome.response.parse((await get(V.careHome.path, await signIn('elm.carer', PASSWORD))).body);
    assert.deepEqual(
      elm.residents.map((r) => r.familyName),
      ['Of Elm House'],
    );
    assert.deepEqual(
      elm.requests.map((r) => r.reason),
      ['Elm fall'],
    );
  });

  it("shows the prison today's appointments of its own prisoners only, by time, with where each stands", async () => {
    const { status, body } = await get(V.prisonToday.path, await signIn('demo.prison'));
    assert.equal(status, 200, JSON.stringify(body));
    const page = V.prisonToday.response.parse(body);
    assert.equal(page.prison.name, 'HMP Northfield (demo)');
    const mine = page.appointments.filter((a) => [ids.danielNow, ids.danielCancelled].includes(a.id));
    assert.deepEqual(
      mine.map((a) => [a.patient, a.clinic, a.stage]),
      [
        ['Daniel Shaw', 'Respiratory Outpatient Clinic', 'booked'],
        ['Daniel Shaw', 'Respiratory Outpatient Clinic', 'cancelled'],
      ],
    );
    // The hospital's own patient (Priya Nair), the other prison's, and last week's are not shown.
    assert.ok(
      page.appointments.every((a) => a.patient === 'Daniel Shaw'),
      JSON.stringify(page.appointments),
    );
    assert.ok(!page.appointments.some((a) => [ids.eastToday, ids.danielLastWeek].includes(a.id)));
    assert.ok(page.appointments.every((a, i, all) => i === 0 || all[i - 1]!.startsAt <= a.startsAt));
    assert.equal((await audited('prison.today.read'))[0]?.resource_id, await orgOf('demo.prison'));

    const east = V.prisonToday.response.parse(
      (await get(V.prisonToday.path, await signIn('east.officer', PASSWORD))).body,
    );
    assert.deepEqual(
      east.appointments.map((a) => a.id),
      [ids.eastToday],
    );
  });

  it('refuses both pages without a sign-in (401) and to every other role (403), audited', async () => {
    for (const route of ROUTES) assert.equal((await get(route.path)).status, 401, route.path);
    const nurse = await signIn('demo.nurse');
    const invite = await fetch(`${base}/api/invites`, {
      method: 'POST',
      headers: { authorization: `Bearer ${nurse}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scope: { kind: 'service', id: ids.hub }, guestKind: 'patient' }),
    });
    const { token } = (await invite.json()) as { token: string };
    const redeemed = await fetch(`${base}/api/invites/redeem`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: 'Gail Guest' }),
    });
    const guest = String(((await redeemed.json()) as { accessToken: string }).accessToken);
    const tokens: [string, string][] = [['guest', guest]];
    for (const u of ['demo.clinician', 'demo.nurse', 'demo.coordinator', 'demo.admin'])
      tokens.push([u, await signIn(u)]);
    const before = (await audited('access.refused')).length;
    for (const [who, token] of tokens)
      for (const route of ROUTES) assert.equal((await get(route.path, token)).status, 403, `${who} ${route.path}`);
    // The prison is refused the care home's page and the care home the prison's.
    assert.equal((await get(V.careHome.path, await signIn('demo.prison'))).status, 403);
    assert.equal((await get(V.prisonToday.path, await signIn('demo.carehome'))).status, 403);
    assert.equal((await audited('access.refused')).length - before, tokens.length * ROUTES.length + 2);
  });

  it('refuses a care-home account whose organisation is not a care home: the role alone is not enough', async () => {
    const trust = await t.db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'trust')
      .executeTakeFirstOrThrow();
    const role: StaffRole = 'care_home_staff';
    const misplaced = {
      organisationId: trust.id,
      username: 'misplaced.carer',
      displayName: 'M',
      role,
      password: PASSWORD,
    };
    await createStaffUser(t.db, misplaced, SYSTEM);
    const { status, body } = await get(V.careHome.path, await signIn('misplaced.carer', PASSWORD));
    assert.deepEqual(
      [status, (body.error as { message: string }).message],
      [403, 'your sign-in is not for a care home'],
    );
  });
});
