import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { ConsultationRoutes } from '../../contracts/http/consultations';
import { InviteRoutes } from '../../contracts/http/invites';
import { MdtRoutes as M } from '../../contracts/http/mdt';
import { MdtExternalRoutes as X } from '../../contracts/http/mdt-external';
import { MdtOutcomeRoutes as O } from '../../contracts/http/mdt-outcomes';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { MdtLive } from '../../domain/mdt/live/mdt-live';
import { externals, JANE } from '../test-support/mdt-external';
import { mdtApi, type MdtApi } from '../test-support/mdt-api';

const HOUR = 3_600_000;
const ONLY_COORDINATOR_OR_CHAIR = 'only the MDT coordinator or the meeting’s chair invites external clinicians';

/** A meeting's links for external clinicians: who may make them, when they work, and what they open. */
describeOnEachDatabase('external clinicians invited to an MDT meeting by link', (t) => {
  let a: MdtApi;
  let x: ReturnType<typeof externals>;
  let soon: { id: string; startsAt: string; endsAt: string };
  let later: { id: string };
  let caseId = '';
  const audited = (action: string, resourceId: string) =>
    t.db
      .selectFrom('audit_events')
      .select(['actor_role', 'details'])
      .where('action', '=', action)
      .where('resource_id', '=', resourceId)
      .execute();

  before(async () => {
    a = await mdtApi(t);
    x = externals(a);
    soon = await x.meeting(30);
    later = await x.meeting(3 * 24 * 60);
    const listed = await a.call(M.meeting, a.ids.meeting, { as: a.as.coordinator });
    const added = await a.call(M.addCase, soon.id, {
      as: a.as.coordinator,
      body: { patient: { id: listed.body.cases[0].patient.id }, question: 'Staging?', referrer: { name: 'Dr Ward' } },
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    caseId = added.body.id;
  });
  after(() => a.close());

  it('lets the coordinator and the chair make a link that works from an hour before the meeting to its end, recorded and audited', async () => {
    const made = await x.invite(soon.id, a.as.coordinator);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.match(made.body.link, /^http:\/\/convene\.test\/mdt\/join#invite=[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.deepEqual(
      [made.body.name, made.body.roleAndOrganisation, made.body.email, made.body.status, made.body.invitedBy],
      [JANE.name, JANE.roleAndOrganisation, JANE.email, 'not_used', 'Grace Okafor'],
    );
    assert.equal(Date.parse(made.body.opensAt), Date.parse(soon.startsAt) - HOUR);
    assert.equal(Date.parse(made.body.closesAt), Date.parse(soon.endsAt));
    const stored = await t.db
      .selectFrom('invites')
      .innerJoin('mdt_external_invites as x', 'x.jti', 'invites.jti')
      .select(['scope_kind', 'scope_id', 'guest_kind', 'single_use', 'x.role_and_organisation', 'x.email'])
      .where('invites.jti', '=', made.body.jti)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, {
      scope_kind: 'mdt_meeting',
      scope_id: soon.id,
      guest_kind: 'professional',
      single_use: true,
      role_and_organisation: JANE.roleAndOrganisation,
      email: JANE.email,
    });
    assert.equal((await audited('invite.issue', made.body.jti)).length, 1);
    assert.deepEqual(await audited('mdt.external.invite', soon.id), [
      { actor_role: 'coordinator', details: { invite: made.body.jti } },
    ]);
    const byChair = await x.invite(soon.id, a.as.clinician, { name: 'Dr Ola Ade', roleAndOrganisation: 'Pathologist' });
    assert.equal(byChair.status, 201, JSON.stringify(byChair.body));
    // The list is for the coordinator and the chair; the token is shown once, when the link is made.
    const listed = await a.call(X.invites, soon.id, { as: a.as.clinician });
    assert.deepEqual(
      listed.body.invites.map((i: { name: string; email: string | null }) => [i.name, i.email]),
      [
        ['Dr Ola Ade', null],
        [JANE.name, JANE.email],
      ],
    );
    assert.doesNotMatch(JSON.stringify(listed.body), new RegExp(made.body.link.split('#invite=')[1]));
  });

  it('refuses to make or list links to members who are neither coordinator nor chair, other trusts and guests, storing none', async () => {
    const before = await t.db.selectFrom('mdt_external_invites').select('jti').execute();
    const chairedByNurse = await x.meeting(45, a.ids.nurse);
    for (const [who, as, meetingId] of [
      ['a nurse on the team', a.as.nurse, soon.id],
      ['a clinician on the team, not this meeting’s chair', a.as.clinician, chairedByNurse.id],
      ['another trust’s MDT clinician', a.as.otherClinician, soon.id],
      ['a patient who came by a link', a.as.guest, soon.id],
      ['care-home staff', a.as.careHome, soon.id],
    ] as const) {
      const made = await x.invite(meetingId, as);
      assert.equal(made.status, 403, `${who}: ${JSON.stringify(made.body)}`);
      assert.equal((await a.call(X.invites, meetingId, { as })).status, 403, `${who} listing`);
    }
    assert.equal((await t.db.selectFrom('mdt_external_invites').select('jti').execute()).length, before.length);
    const reasons = (await audited('access.refused', soon.id)).map((r) => (r.details as { reason: string }).reason);
    assert.ok(reasons.includes(ONLY_COORDINATOR_OR_CHAIR), JSON.stringify(reasons));
    assert.ok(
      reasons.some((r) => r.startsWith('you are not a member of service')),
      'another trust is not on the team',
    );
    // The nurse chairs that meeting, so may invite to it.
    assert.equal((await x.invite(chairedByNurse.id, a.as.nurse)).status, 201);
  });

  it('signs the clinician in for that meeting alone, in the name the coordinator gave, once', async () => {
    const l = await x.link(soon.id);
    assert.deepEqual((await x.check(l.token)).body, {
      status: 'valid',
      guestKind: 'professional',
      name: JANE.name,
      fixedLink: false,
    });
    const opened = await x.redeem(l.token, 'Mallory Impostor');
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    assert.deepEqual(opened.body.guest.scope, { kind: 'mdt_meeting', id: soon.id });
    assert.equal(opened.body.guest.name, JANE.name, 'the name typed on the page is not taken');
    // One sign-in for the whole meeting and its overrun: the link cannot be used again to renew it.
    assert.ok(Date.parse(opened.body.accessExpiresAt) >= Date.parse(soon.endsAt) + HOUR - 5_000);
    assert.equal((await audited('invite.use', l.jti)).length, 1);
    const again = await x.redeem(l.token);
    assert.deepEqual([again.status, again.body.error.code], [409, 'used']);
    assert.match(again.body.error.message, /already been used.*ask the MDT coordinator for a new link/);
  });

  it('reads an external the case on screen of their meeting, with its summary, and nothing else of any meeting', async () => {
    const { accessToken: as } = await x.signedIn(soon.id);
    const nothingYet = await a.call(X.onScreen, soon.id, { as });
    assert.deepEqual([nothingYet.status, nothingYet.body.onScreen], [200, null]);
    const coordinator = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'demo.coordinator')
      .executeTakeFirstOrThrow();
    const actor = {
      identity: { id: coordinator.id, role: 'coordinator' as const, serviceIds: [a.ids.mdt] },
      name: 'Grace Okafor',
    };
    await new MdtLive({ db: t.db }).goToCase(actor, soon.id, caseId);
    const shown = await a.call(X.onScreen, soon.id, { as });
    assert.equal(shown.status, 200, JSON.stringify(shown.body));
    assert.deepEqual(
      [
        shown.body.meeting.id,
        shown.body.onScreen.position,
        shown.body.onScreen.count,
        shown.body.onScreen.case.question,
      ],
      [soon.id, 1, 1, 'Staging?'],
    );
    assert.ok(shown.body.onScreen.case.summary && !('attachments' in shown.body.onScreen.case));
    assert.deepEqual(
      (await audited('mdt.case.on_screen', caseId)).map((r) => r.actor_role),
      ['guest'],
      'each case an external is shown is audited',
    );
    const refused: [string, Awaited<ReturnType<MdtApi['call']>>][] = [
      ['another meeting’s case on screen', await a.call(X.onScreen, later.id, { as })],
      ['another meeting’s case list', await a.call(M.meeting, a.ids.meeting, { as })],
      ['their own meeting’s whole list', await a.call(M.meeting, soon.id, { as })],
      ['a case’s attachments', await a.call(M.attachments, caseId, { as })],
      ['the outcome', await a.call(O.outcome, caseId, { as })],
      [
        'editing the outcome',
        await a.call(O.editField, caseId, {
          as,
          body: { value: 'x', baseVersion: 0 },
          params: { field: 'recommendation' },
        }),
      ],
      ['signing it off', await a.call(O.signOff, caseId, { as, body: {} })],
      ['the meeting’s links', await a.call(X.invites, soon.id, { as })],
      ['inviting someone else', await x.invite(soon.id, as, { name: 'Eve', roleAndOrganisation: 'Friend' })],
      ['the staff directory', await a.call(ConsultationRoutes.directory, undefined, { as })],
      [
        'a patient’s link',
        await a.call(InviteRoutes.create, undefined, {
          as,
          body: { scope: { kind: 'service', id: a.ids.hub }, guestKind: 'patient' },
        }),
      ],
    ];
    for (const [what, answer] of refused) {
      assert.equal(answer.status, 403, `${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
      assert.doesNotMatch(JSON.stringify(answer.body), /Staging|Fenwick|Brooks|Marsh/, what);
    }
  });

  it('refuses a link outside its window, saying when it opens, without using it up', async () => {
    const l = await x.link(later.id);
    const checked = await x.check(l.token);
    assert.equal(checked.body.status, 'outside_window');
    assert.match(
      checked.body.message,
      /^This link opens on \d{1,2} \w{3} \d{4} at \d{2}:\d{2}, an hour before the MDT meeting starts, and works until the meeting ends on/,
    );
    const opened = await x.redeem(l.token);
    assert.deepEqual([opened.status, opened.body.error.code], [403, 'outside_window']);
    const row = await t.db
      .selectFrom('invites')
      .select(['use_count', 'used_at'])
      .where('jti', '=', l.jti)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { use_count: 0, used_at: null });
  });

  it('withdraws a link (coordinator or chair only): it and the sign-in it gave stop working at once', async () => {
    const { jti, token, accessToken: as } = await x.signedIn(soon.id);
    assert.equal((await a.call(X.onScreen, soon.id, { as })).status, 200);
    assert.equal((await a.call(X.withdraw, jti, { as: a.as.nurse, body: {} })).status, 403);
    assert.equal((await a.call(X.withdraw, jti, { as: a.as.otherClinician, body: {} })).status, 403);
    assert.equal((await a.call(X.onScreen, soon.id, { as })).status, 200, 'refused attempts withdraw nothing');
    const withdrawn = await a.call(X.withdraw, jti, { as: a.as.coordinator, body: {} });
    assert.deepEqual([withdrawn.status, withdrawn.body], [200, { revoked: true }]);
    const after = await a.call(X.onScreen, soon.id, { as });
    assert.equal(after.status, 401, JSON.stringify(after.body));
    assert.equal((await x.check(token)).body.status, 'revoked');
    const listed = await a.call(X.invites, soon.id, { as: a.as.coordinator });
    assert.equal(listed.body.invites.find((i: { jti: string }) => i.jti === jti).status, 'withdrawn');
    assert.equal((await audited('invite.revoke', jti)).length, 1);
    // An unused link withdrawn is refused when opened, with whom to ask.
    const unused = await x.link(soon.id);
    await a.call(X.withdraw, unused.jti, { as: a.as.clinician, body: {} });
    const opened = await x.redeem(unused.token);
    assert.deepEqual([opened.status, opened.body.error.code], [401, 'revoked']);
    assert.match(opened.body.error.message, /withdrawn\. Ask the MDT coordinator/);
  });
});
