import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';
import { CloseCode } from '../contracts/protocol/close-codes';
import { formatRoomId } from '../contracts/protocol/rooms';
import { startConvene, type RunningConvene } from './app';
import { next } from './test-support/calls';
import { JANE } from './test-support/mdt-external';
import { lungMdt } from './test-support/mdt-panel';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const refusedAs = (code: string) => (e: RequestError) => e instanceof RequestError && e.code === code;
const MINUTE = 60_000;
const SHOWN = `${JANE.name} (external, ${JANE.roleAndOrganisation})`;

/** An external clinician at a live MDT meeting, over the raw protocol: what they follow, where they may be, and what ends it. */
describe('an external clinician at a live MDT meeting', () => {
  let app: RunningConvene;
  let p: ReturnType<typeof people>;
  let coordinatorCookie = '';
  let coordinator: SignallingClient;
  let meetingId = '';
  let otherMeetingId = '';
  const cases: string[] = [];
  const open: SignallingClient[] = [];
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  /** A link made by the coordinator, opened, and the clinician's socket on it. */
  async function external(name = JANE.name) {
    const made = await p.api(`/api/mdt/meetings/${meetingId}/external-invites`, { ...JANE, name }, coordinatorCookie);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const token = String(made.body.link).split('#invite=')[1];
    const opened = await p.api('/api/invites/redeem', { token, name: 'Typed Name' });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const accessToken = String(opened.body.accessToken);
    const client = await SignallingClient.connect(p.wsUrl, accessToken, WebSocket as never);
    open.push(client);
    return { client, accessToken, jti: String(made.body.jti) };
  }

  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    p = people(app);
    const lung = await lungMdt(app);
    otherMeetingId = lung.meetingId;
    const staff = await p.staff('demo.coordinator');
    coordinatorCookie = staff.cookie;
    coordinator = await staff.socket();
    open.push(coordinator);
    const startsAt = Date.now() + 20 * MINUTE;
    const scheduled = await p.api(
      '/api/mdt/meetings',
      {
        serviceId: (
          await app.db.selectFrom('services').select('id').where('kind', '=', 'mdt').executeTakeFirstOrThrow()
        ).id,
        title: 'Lung MDT with an external radiologist',
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 90 * MINUTE).toISOString(),
      },
      coordinatorCookie,
    );
    assert.equal(scheduled.status, 201, JSON.stringify(scheduled.body));
    meetingId = String(scheduled.body.id);
    const patients = await app.db.selectFrom('mdt_cases').select('patient_id').where('id', 'in', lung.cases).execute();
    for (const [i, { patient_id }] of patients.slice(0, 2).entries()) {
      const body = { patient: { id: patient_id }, question: `Case ${i + 1}: staging?`, referrer: { name: 'Dr Ward' } };
      const added = await p.api(`/api/mdt/meetings/${meetingId}/cases`, body, coordinatorCookie);
      assert.equal(added.status, 201, JSON.stringify(added.body));
      cases.push(String(added.body.id));
    }
    await coordinator.request('mdt.follow', { meetingId });
  });
  after(async () => {
    for (const s of open) s.close();
    await app.close();
  });

  it('follows the panel and is in its call, attended in the coordinator’s words for them and marked external', async () => {
    const jane = await external();
    const followed = await jane.client.request('mdt.follow', { meetingId });
    assert.equal(followed.meetingId, meetingId);
    const roomId = formatRoomId({ kind: 'mdt', id: meetingId });
    await coordinator.request('room.join', { roomId });
    const present = next(coordinator, 'mdt.live', (s) => s.attendees.some((a) => a.name === SHOWN));
    const tile = next(coordinator, 'peer.joined');
    const joined = await jane.client.request('room.join', { roomId });
    assert.deepEqual(
      joined.peers.map((peer) => peer.displayName),
      ['Grace Okafor'],
    );
    assert.equal(
      (await tile).peer.displayName,
      `${JANE.name} (external)`,
      'the panel sees who they are, from the link',
    );
    const seen = await present;
    assert.deepEqual(
      seen.attendees.find((a) => a.name === SHOWN),
      { userId: `guest-${jane.jti}`, name: SHOWN, coreRole: null, present: true },
    );
    assert.ok(seen.quorum.missing.includes('radiologist'), 'an external fills no core role of the team');

    for (const caseId of cases) {
      const heard = next(jane.client, 'mdt.live', (s) => s.currentCaseId === caseId);
      await coordinator.request('mdt.goToCase', { meetingId, caseId });
      await heard;
      const shown = await p.api(`/api/mdt/meetings/${meetingId}/on-screen`, undefined, bearer(jane.accessToken));
      const onScreen = shown.body.onScreen as { case: { id: string; question: string } };
      assert.deepEqual(
        [onScreen.case.id, onScreen.case.question],
        [caseId, `Case ${cases.indexOf(caseId) + 1}: staging?`],
      );
    }

    const gone = next(coordinator, 'mdt.live', (s) => !s.attendees.some((a) => a.name === SHOWN));
    await jane.client.request('room.leave', {});
    await gone;
    await coordinator.request('room.leave', {});
    const stays = await app.db
      .selectFrom('mdt_external_attendance')
      .select(['joined_at', 'left_at'])
      .where('invite_jti', '=', jane.jti)
      .execute();
    assert.equal(stays.length, 1);
    assert.ok(stays[0]!.left_at && stays[0]!.left_at >= stays[0]!.joined_at);
    const trail = await app.db
      .selectFrom('audit_events')
      .select(['action', 'actor_role', 'details'])
      .where('resource_id', '=', meetingId)
      .where('action', 'in', ['mdt.meeting.joined', 'mdt.meeting.left'])
      .where('actor_role', '=', 'guest')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      trail.map((e) => [e.action, e.details]),
      [
        ['mdt.meeting.joined', { external: true, invite: jane.jti }],
        ['mdt.meeting.left', { external: true, invite: jane.jti }],
      ],
    );
  });

  it('refuses an external another meeting, its room, moving the panel, outcomes, sign-off and consultations', async () => {
    const jane = await external('Dr Jane Refused');
    await jane.client.request('mdt.follow', { meetingId });
    await assert.rejects(jane.client.request('mdt.follow', { meetingId: otherMeetingId }), refusedAs('forbidden'));
    await assert.rejects(
      jane.client.request('room.join', { roomId: formatRoomId({ kind: 'mdt', id: otherMeetingId }) }),
      refusedAs('forbidden'),
    );
    await assert.rejects(jane.client.request('mdt.goToCase', { meetingId, caseId: cases[0]! }), refusedAs('forbidden'));
    const edit = { caseId: cases[0]!, field: 'recommendation', value: 'External says operate', baseVersion: 0 };
    await assert.rejects(jane.client.request('mdt.outcome.edit', edit), refusedAs('forbidden'));
    const stored = await app.db
      .selectFrom('mdt_outcome_fields')
      .select('value')
      .where('case_id', '=', cases[0]!)
      .execute();
    assert.doesNotMatch(JSON.stringify(stored), /External says operate/);
    const signed = await p.api(`/api/mdt/cases/${cases[0]}/outcome/sign-off`, {}, bearer(jane.accessToken));
    assert.equal(signed.status, 403, JSON.stringify(signed.body));
    await assert.rejects(
      jane.client.request('waiting.enter', { displayName: 'Jane', precheck: { passed: true, summary: 'ok' } }),
      refusedAs('forbidden'),
    );
    const hub = (await p.staff('demo.nurse')).hub;
    await assert.rejects(
      jane.client.request('queue.watch', { serviceId: hub }),
      (e: RequestError) => e instanceof RequestError,
    );

    // The panel hears the outcome as it is typed; the external follows the panel's moves only.
    let heardOutcome = false;
    jane.client.on('mdt.outcome.changed', () => (heardOutcome = true));
    const typed = next(coordinator, 'mdt.outcome.changed');
    await coordinator.request('mdt.outcome.edit', { ...edit, value: 'Surveillance CT in 3 months' });
    await typed;
    await jane.client.request('mdt.follow', { meetingId });
    assert.equal(heardOutcome, false, 'an external is not told the outcome as it is typed');
  });

  it('takes them out of the call at once when the link is withdrawn, ending their stay', async () => {
    const jane = await external('Dr Jane Withdrawn');
    await jane.client.request('mdt.follow', { meetingId });
    const shown = `Dr Jane Withdrawn (external, ${JANE.roleAndOrganisation})`;
    const present = next(coordinator, 'mdt.live', (s) => s.attendees.some((a) => a.name === shown));
    await jane.client.request('room.join', { roomId: formatRoomId({ kind: 'mdt', id: meetingId }) });
    await present;
    const closed = new Promise<number>((resolve) => jane.client.onClose((code) => resolve(code)));
    const gone = next(coordinator, 'mdt.live', (s) => !s.attendees.some((a) => a.name === shown));
    const at = Date.now();
    const withdrawn = await p.api(`/api/mdt/external-invites/${jane.jti}/revoke`, {}, coordinatorCookie);
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    assert.equal(await closed, CloseCode.SessionEnded);
    await gone;
    // At once: an ended link's place in the call is not kept for a reconnect that can never come.
    assert.ok(Date.now() - at < 5_000, `out of the call after ${Date.now() - at} ms`);
    const stay = await app.db
      .selectFrom('mdt_external_attendance')
      .select('left_at')
      .where('invite_jti', '=', jane.jti)
      .executeTakeFirstOrThrow();
    assert.ok(stay.left_at, 'their stay in the call ended with the link');
    const again = await SignallingClient.connect(p.wsUrl, jane.accessToken, WebSocket as never).then(
      (c) => (c.close(), 'connected'),
      () => 'refused',
    );
    assert.equal(again, 'refused', 'the sign-in the link gave no longer opens a socket');
  });
});
