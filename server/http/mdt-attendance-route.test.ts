import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { MdtRoutes as M } from '../../contracts/http/mdt';
import { pathOf } from '../../contracts/http/route';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import type { Actor } from '../../domain/kernel/context';
import { playedMeeting, type PlayedMeeting } from '../../domain/mdt/test-support/played-meeting';
import { issueInvite, redeemInvite } from '../../identity/invites';
import { apiServer, bearerFor } from '../test-support/api-server';

describeOnEachDatabase('GET /api/mdt/meetings/:id/attendance: the call’s attendance and per-case quorum', (t) => {
  let w: PlayedMeeting;
  let base = '';
  let close: () => Promise<void>;
  const bearer = (a: Actor) => bearerFor(w.demo.tokens, a);
  const get = (headers: Record<string, string>) =>
    fetch(`${base}${pathOf(M.attendance, { id: w.meetingId })}`, { headers });

  before(async () => {
    w = await playedMeeting(t, 'route');
    ({ base, close } = await apiServer(t.db, w.demo.tokens));
  });
  after(() => close());

  it('answers a member of the MDT in its contract’s shape: stays, who was there for each case, quorum', async () => {
    const res = await get(bearer(w.radiologist));
    assert.equal(res.status, 200);
    const body = M.attendance.response.parse(await res.json());
    const nurse = body.people.find((p) => p.name === 'Nia Evans')!;
    assert.deepEqual(
      nurse.stays.map((s) => [s.joinedAt, s.leftAt]),
      [
        [w.at(0).toISOString(), w.at(14).toISOString()],
        [w.at(16).toISOString(), w.at(29).toISOString()],
      ],
    );
    assert.deepEqual(
      body.cases.map((c) => [c.position, c.quorum]),
      [
        [1, { met: false, missing: ['radiologist'] }],
        [2, { met: false, missing: ['clinical_nurse_specialist'] }],
        [3, { met: true, missing: [] }],
        [4, null],
        [5, null],
      ],
    );
    const radiologistIn1 = body.cases[0]!.present.find((p) => p.name === 'Dr Sam Okoro')!;
    assert.deepEqual([radiologistIn1.roles, radiologistIn1.from], [['radiologist'], w.at(2).toISOString()]);
  });

  it('refuses no sign-in, a guest, another trust’s MDT and staff of the same trust not on this MDT', async () => {
    assert.equal((await get({})).status, 401);
    const deps = { db: t.db, tokens: w.demo.tokens };
    const invite = await issueInvite(
      deps,
      { scope: { kind: 'service', id: w.demo.hub }, guestKind: 'patient' },
      { id: w.demo.clinician.identity.id, role: 'clinician' },
    );
    const guest = { authorization: `Bearer ${(await redeemInvite(deps, invite.token, 'Nosy Guest')).accessToken}` };
    const offTeam = await w.offTeam();
    for (const [who, headers] of [
      ['guest', guest],
      ['another trust', bearer(w.otherTrust)],
      ['same trust, not on the MDT', bearer(offTeam)],
      ['care home', bearer(w.demo.careHome)],
    ] as const) {
      const res = await get(headers);
      assert.equal(res.status, 403, `${who} answered ${res.status}`);
      assert.doesNotMatch(await res.text(), /Nia Evans|radiologist/, `${who} learns nothing of who attended`);
    }
  });
});
