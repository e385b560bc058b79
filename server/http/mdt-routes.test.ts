import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { MdtRoutes as M } from '../../contracts/http/mdt';
import type { HttpRoute } from '../../contracts/http/route';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { PNG } from '../../domain/consultations/test-support/samples';
import { mdtApi, type MdtApi } from '../test-support/mdt-api';

const ROUTES = Object.values(M) as HttpRoute[];
const HOUR = 3_600_000;

/** Every MDT route refuses whoever is not on the MDT's team, and reads them nothing. */
describeOnEachDatabase('the MDT set-up routes: who may call them', (t) => {
  let a: MdtApi;
  let caseIds: string[] = [];
  let attachmentId = '';
  /** A real id for each route and a body it would accept, so only who is asking decides the answer. */
  const request = (route: HttpRoute) => {
    const start = Date.now() + 30 * 24 * HOUR;
    const bodies = new Map<HttpRoute, unknown>([
      [M.configure, { mdtType: 'lung', coreRoles: ['chair'], usualChairUserId: null, memberRoles: [] }],
      [
        M.schedule,
        {
          serviceId: a.ids.mdt,
          title: 'X',
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + HOUR).toISOString(),
        },
      ],
      [
        M.addCase,
        {
          question: 'Q',
          referrer: { name: 'R' },
          patient: { givenName: 'Ann', familyName: 'Bell', dateOfBirth: '1970-01-01', nhsNumber: '9434765919' },
        },
      ],
      [M.editCase, { question: 'Changed?', referrer: { name: 'R' } }],
      [M.reorder, { caseIds: [...caseIds].reverse() }],
      [M.rollOver, {}],
      [M.notDiscussed, {}],
      [M.attach, PNG],
    ]);
    const id = route.path.includes('/services/')
      ? a.ids.mdt
      : route.path.includes('/meetings/:id')
        ? a.ids.meeting
        : route === M.attachment
          ? attachmentId
          : caseIds[0];
    const upload = route === M.attach ? { type: 'image/png', query: { filename: 'scan.png' } } : {};
    return { id, o: { body: bodies.get(route), ...upload } };
  };

  before(async () => {
    a = await mdtApi(t);
    caseIds = (await a.call(M.meeting, a.ids.meeting, { as: a.as.coordinator })).body.cases.map(
      (c: { id: string }) => c.id,
    );
    const up = await a.call(M.attach, caseIds[0], {
      as: a.as.coordinator,
      body: PNG,
      type: 'image/png',
      query: { filename: 'ct.png' },
    });
    assert.equal(up.status, 201, JSON.stringify(up.body));
    attachmentId = up.body.id;
  });
  after(() => a.close());

  it('answers 401 on every MDT route without a sign-in', async () => {
    for (const route of ROUTES) {
      const { id, o } = request(route);
      assert.equal((await a.call(route, id, o)).status, 401, `${route.method} ${route.path}`);
    }
  });

  it("refuses a guest, care-home, prison and admin token and another trust's MDT clinician on every route, 403, reading nothing", async () => {
    const outsiders = {
      guest: a.as.guest,
      careHome: a.as.careHome,
      prison: a.as.prison,
      admin: a.as.admin,
      other: a.as.otherClinician,
    };
    for (const [who, token] of Object.entries(outsiders)) {
      for (const route of ROUTES) {
        const { id, o } = request(route);
        const { status, body } = await a.call(route, id, { ...o, as: token });
        if (who === 'other' && route === M.meetings) {
          // Their own MDT's meetings (none yet), and nothing of this trust's.
          assert.deepEqual([status, body.upcoming, body.recent], [200, [], []]);
          continue;
        }
        assert.equal(status, 403, `${who}: ${route.method} ${route.path} answered ${status} ${JSON.stringify(body)}`);
        assert.doesNotMatch(JSON.stringify(body), /Fenwick|Brooks|Marsh|NSCLC|ct\.png/);
      }
    }
    const seen = await a.call(M.meeting, a.ids.meeting, { as: a.as.coordinator });
    assert.deepEqual(
      seen.body.cases.map((c: { id: string; status: string; question: string }) => [
        c.id,
        c.status,
        c.question !== 'Changed?',
      ]),
      caseIds.map((id) => [id, 'listed', true]),
      'nothing was added, moved or changed',
    );
    const refused = await t.db
      .selectFrom('audit_events')
      .select('actor_role')
      .where('action', '=', 'access.refused')
      .execute();
    assert.ok(refused.filter((r) => r.actor_role === 'guest').length >= ROUTES.length, 'each refusal is audited');
  });

  it('lets a nurse on the team read the list and its attachments but not change it', async () => {
    const nurse = { as: a.as.nurse };
    assert.equal((await a.call(M.meeting, a.ids.meeting, nurse)).status, 200);
    assert.equal((await a.call(M.meetings, undefined, nurse)).body.upcoming.length, 1);
    assert.equal((await a.call(M.attachments, caseIds[0], nurse)).status, 200);
    assert.equal((await a.call(M.attachment, attachmentId, nurse)).status, 200);
    for (const route of [
      M.reorder,
      M.addCase,
      M.editCase,
      M.rollOver,
      M.notDiscussed,
      M.configure,
      M.schedule,
      M.attach,
    ]) {
      const { id, o } = request(route);
      assert.equal((await a.call(route, id, { ...o, ...nurse })).status, 403, `${route.method} ${route.path}`);
    }
  });
});
