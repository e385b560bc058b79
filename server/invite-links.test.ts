import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { SignallingClient } from '../contracts/client/signalling-client';
import { startConvene, type RunningConvene } from './app';
import { people, type Staff } from './test-support/people';
import { testConfig } from './test-support/test-config';

/**
 * Patients on invites, a service's fixed waiting-area link and the link check, over the public
 * HTTP API as browsers use them. Behind a trusted proxy, so each test arrives from its own address.
 */
describe('patients on invites, fixed links and the link check', () => {
  let app: RunningConvene;
  let p: ReturnType<typeof people>;
  let nurse: Staff;
  let coordinator: Staff;
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const setHours = (serviceId: string, hours: object) =>
    app.db
      .updateTable('services')
      .set({ opening_hours: JSON.stringify(hours) })
      .where('id', '=', serviceId)
      .execute();
  const fixedLink = async (staff: Staff, on: boolean) => {
    // Always the hub's link: the coordinator, who does not work there, is asked about it too.
    const res = await fetch(`${app.url}/api/services/${nurse.hub}/fixed-link`, {
      method: 'PUT',
      headers: { cookie: staff.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ on }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, string | null> };
  };
  const ARRIVAL = { givenName: 'June', familyName: 'Carter', dateOfBirth: '1951-07-14' };

  before(async () => {
    app = await startConvene(testConfig({ TRUST_PROXY: 'true' }), { web: false });
    p = people(app);
    nurse = await p.staff('demo.nurse');
    coordinator = await p.staff('demo.coordinator');
    const { organisation_id } = await app.db
      .selectFrom('services')
      .select('organisation_id')
      .where('id', '=', nurse.hub)
      .executeTakeFirstOrThrow();
    await app.db
      .insertInto('patients')
      .values({ given_name: 'Olive', family_name: 'Stanton', date_of_birth: '1950-05-05', organisation_id })
      .execute();
  });
  after(() => app.close());

  it('finds patients for staff of the service and refuses staff of another organisation and guests', async () => {
    const search = { serviceId: nurse.hub, query: 'stanton' };
    const found = await p.api('/api/patients/search', search, nurse.cookie);
    assert.equal(found.status, 200, JSON.stringify(found.body));
    assert.deepEqual(
      (found.body.patients as { familyName: string }[]).map((x) => x.familyName),
      ['Stanton'],
    );
    assert.equal((await p.api('/api/patients/search', search, coordinator.cookie)).status, 403);
    const guest = await nurse.patient('A guest');
    const asGuest = await p.api('/api/patients/search', search, { authorization: `Bearer ${guest.accessToken}` });
    assert.equal(asGuest.status, 403);
    guest.client.close();
  });

  it('an invite naming a new patient: the consultation and its record carry them', async () => {
    const patient = { givenName: 'Rosa', familyName: 'Lind', dateOfBirth: '1944-03-02', nhsNumber: '999 077 7012' };
    const invite = await p.api(
      '/api/invites',
      { scope: { kind: 'service', id: nurse.hub }, guestKind: 'patient', patient },
      nurse.cookie,
    );
    assert.equal(invite.status, 201, JSON.stringify(invite.body));
    const check = await p.api('/api/invites/check', { token: invite.body.token });
    assert.equal(check.body.name, 'Rosa Lind', 'the join page can offer the patient their name');
    const redeemed = await p.api('/api/invites/redeem', { token: invite.body.token, name: 'Rosa Lind' });
    const client = await SignallingClient.connect(p.wsUrl, String(redeemed.body.accessToken), WebSocket as never);
    const arrived = await client.request('waiting.enter', {
      displayName: 'Rosa Lind',
      precheck: { passed: true, summary: 'ok' },
    });
    const record = await p.api(`/api/consultations/${arrived.consultationId}/record`, undefined, nurse.cookie);
    const shown = record.body.patient as { givenName: string; nhsNumber: string };
    assert.equal(shown.givenName, 'Rosa');
    assert.equal(shown.nhsNumber, '9990777012');
    client.close();
  });

  it('answers each refusal kind on the check without using the link up', async () => {
    const link = async (extra: object = {}) =>
      (
        await p.api(
          '/api/invites',
          { scope: { kind: 'service', id: nurse.hub }, guestKind: 'patient', ...extra },
          nurse.cookie,
        )
      ).body as { token: string; jti: string };
    const check = async (token: string) => (await p.api('/api/invites/check', { token })).body.status;
    const valid = await link();
    assert.equal(await check(valid.token), 'valid');
    assert.equal(await check(valid.token), 'valid', 'checking does not use the link up');
    assert.equal((await p.api('/api/invites/redeem', { token: valid.token, name: 'Ann' })).status, 200);
    assert.equal(await check(valid.token), 'used');
    const revoked = await link();
    await p.api(`/api/invites/${revoked.jti}/revoke`, {}, nurse.cookie);
    assert.equal(await check(revoked.token), 'revoked');
    const expired = await link();
    await app.db
      .updateTable('invites')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('jti', '=', expired.jti)
      .execute();
    assert.equal(await check(expired.token), 'expired');
    const later = new Date(Date.now() + 3 * 86_400_000);
    const early = await link({ window: { start: later, end: new Date(later.getTime() + 1_800_000) } });
    assert.equal(await check(early.token), 'outside_window');
    assert.equal(await check('not-a-link'), 'invalid');
    const closedLink = await link();
    await setHours(nurse.hub, { timeZone: 'Europe/London', weekly: {} });
    const closed = await p.api('/api/invites/check', { token: closedLink.token });
    assert.equal(closed.body.status, 'closed');
    assert.match(String(closed.body.message), /closed/);
    await setHours(nurse.hub, { always: true });
    assert.equal(await check(closedLink.token), 'valid', 'the closed answer did not use the link up');
    const uses = await app.db
      .selectFrom('invites')
      .select('use_count')
      .where('jti', '=', closedLink.jti)
      .executeTakeFirstOrThrow();
    assert.equal(uses.use_count, 0);
  });

  it('fixed link: a patient enters the queue; refused when closed, when turned off, and after 10 arrivals from one address', async () => {
    assert.equal((await fixedLink(coordinator, true)).status, 403, 'only staff of the service may publish it');
    const on = await fixedLink(nurse, true);
    assert.equal(on.status, 200, JSON.stringify(on.body));
    assert.match(String(on.body.qrSvg), /^<svg/);
    const linkId = String(on.body.linkId);
    assert.ok(String(on.body.link).endsWith(`/join/s/${linkId}`), String(on.body.link));
    const arrive = (address: string) => p.api(`/api/fixed-links/${linkId}/arrive`, ARRIVAL, from(address));

    const first = await arrive('203.0.113.1');
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const redeemed = await p.api('/api/invites/redeem', { token: first.body.token, name: 'June Carter' });
    const client = await SignallingClient.connect(p.wsUrl, String(redeemed.body.accessToken), WebSocket as never);
    await client.request('waiting.enter', {
      displayName: 'June Carter',
      precheck: { passed: true, summary: 'ok' },
      reason: 'Breathless on stairs',
    });
    const staffSocket = await nurse.socket();
    const { entries } = await staffSocket.request('queue.watch', { serviceId: nurse.hub });
    assert.ok(entries.some((e) => e.displayName === 'June Carter' && e.reason === 'Breathless on stairs'));
    client.close();
    staffSocket.close();

    await setHours(nurse.hub, { timeZone: 'Europe/London', weekly: {} });
    const closed = await arrive('203.0.113.2');
    await setHours(nurse.hub, { always: true });
    assert.equal(closed.status, 409);
    assert.equal((closed.body.error as { code: string }).code, 'closed');

    for (let i = 0; i < 10; i++) assert.equal((await arrive('203.0.113.50')).status, 201);
    const limited = await arrive('203.0.113.50');
    assert.equal(limited.status, 429);
    assert.equal((await arrive('203.0.113.51')).status, 201, 'another address is not held back');

    assert.equal((await fixedLink(nurse, false)).body.linkId, null);
    const off = await arrive('203.0.113.3');
    assert.equal((off.body.error as { code: string }).code, 'revoked');
    assert.equal(off.status, 401);
  });
});
