import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { MdtRoutes as M } from '../../contracts/http/mdt';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { mdtApi, type MdtApi } from '../test-support/mdt-api';

const HOUR = 3_600_000;

/**
 * Scheduling an MDT's meetings and changing its set-up are the coordinators' and clinicians' of its
 * team: a nurse on the team and another trust's MDT clinician are refused, each refusal is on the
 * audit trail with who asked and for which MDT, and nothing they sent is kept.
 */
describeOnEachDatabase('the MDT set-up routes: refusing to schedule or set up', (t) => {
  let a: MdtApi;
  const startsAt = new Date(Date.now() + 14 * 24 * HOUR);
  const meeting = (title: string) => ({
    serviceId: a.ids.mdt,
    title,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
    inviteeUserIds: [a.ids.nurse],
  });
  const setup = () => ({
    mdtType: 'frailty',
    coreRoles: ['geriatrician'],
    usualChairUserId: a.ids.nurse,
    memberRoles: [{ userId: a.ids.nurse, coreRole: 'chair' }],
  });
  const userId = async (username: string) =>
    (await t.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const refusals = (actorId: string) =>
    t.db
      .selectFrom('audit_events')
      .select(['resource_type', 'resource_id', 'details'])
      .where('action', '=', 'access.refused')
      .where('actor_id', '=', actorId)
      .orderBy('id')
      .execute();
  const asBefore = async () => {
    const settings = await a.call(M.settings, a.ids.mdt, { as: a.as.coordinator });
    const titles = await t.db.selectFrom('mdt_meetings').select('title').where('service_id', '=', a.ids.mdt).execute();
    return { settings: settings.body, titles: titles.map((m) => m.title).sort() };
  };

  before(async () => {
    a = await mdtApi(t);
  });
  after(() => a.close());

  for (const [who, token, username] of [
    ['a nurse on the team', () => a.as.nurse, 'mdt.nurse'],
    ["another trust's MDT clinician", () => a.as.otherClinician, 'south.clinician'],
  ] as const) {
    it(`refuses ${who} scheduling a meeting or changing the set-up: 403, audited, nothing kept`, async () => {
      const before = await asBefore();
      const scheduled = await a.call(M.schedule, undefined, { as: token(), body: meeting(`Not by ${username}`) });
      assert.equal(scheduled.status, 403, JSON.stringify(scheduled.body));
      const configured = await a.call(M.configure, a.ids.mdt, { as: token(), body: setup() });
      assert.equal(configured.status, 403, JSON.stringify(configured.body));
      assert.deepEqual(await asBefore(), before, 'no meeting was added and the set-up is as it was');
      assert.deepEqual(
        (await refusals(await userId(username))).map((r) => [r.resource_type, r.resource_id, r.details.action]),
        [
          ['service', a.ids.mdt, 'mdt.meeting.manage'],
          ['service', a.ids.mdt, 'mdt.meeting.manage'],
        ],
      );
    });
  }

  it('tells the team who may change the set-up: the coordinator may, the nurse reads it only; and who last did', async () => {
    const saved = await a.call(M.configure, a.ids.mdt, {
      as: a.as.coordinator,
      body: { ...setup(), usualChairUserId: null, memberRoles: [] },
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual([saved.body.canManage, saved.body.changed.by], [true, 'Grace Okafor']);
    const read = await a.call(M.settings, a.ids.mdt, { as: a.as.nurse });
    assert.deepEqual(
      [read.body.canManage, read.body.mdtType, read.body.changed.by],
      [false, 'frailty', 'Grace Okafor'],
    );
  });
});
