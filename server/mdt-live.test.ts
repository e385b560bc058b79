import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RequestError, type SignallingClient } from '../contracts/client/signalling-client';
import { formatRoomId } from '../contracts/protocol/rooms';
import { startConvene, type RunningConvene } from './app';
import { next } from './test-support/calls';
import { lungMdt } from './test-support/mdt-panel';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const refusedAs = (code: string) => (e: RequestError) => e instanceof RequestError && e.code === code;

/** The live MDT meeting over the real socket: the panel follows the case, outcomes are seen as typed, attendance is the call's. */
describe('a live MDT meeting', () => {
  let app: RunningConvene;
  let meetingId: string;
  let cases: string[];
  let chairCookie: string;
  let members: Record<'coordinator' | 'chair' | 'radiologist' | 'oncologist' | 'hubNurse', SignallingClient>;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    const p = people(app);
    const lung = await lungMdt(app);
    meetingId = lung.meetingId;
    cases = lung.cases;
    const chairStaff = await p.staff('demo.clinician');
    chairCookie = chairStaff.cookie;
    members = {
      coordinator: await (await p.staff('demo.coordinator')).socket(),
      chair: await chairStaff.socket(),
      radiologist: await lung.specialist('mdt.radiologist', 'Dr Rhys Radley', 'radiologist'),
      oncologist: await lung.specialist('mdt.oncologist', 'Dr Ona Okoye', 'clinical_oncologist'),
      hubNurse: await (await p.staff('demo.nurse')).socket(),
    };
  });
  after(async () => {
    for (const s of Object.values(members)) s.close();
    await app.close();
  });

  it('moves every panel with the coordinator, and a late joiner lands on the current case', async () => {
    const panel = [members.coordinator, members.chair, members.radiologist];
    for (const s of panel) await s.request('mdt.follow', { meetingId });
    for (const caseId of cases) {
      const heard = panel.map((s) => next(s, 'mdt.live'));
      await members.coordinator.request('mdt.goToCase', { meetingId, caseId });
      assert.deepEqual(
        (await Promise.all(heard)).map((h) => h.currentCaseId),
        [caseId, caseId, caseId],
      );
    }
    const late = await members.oncologist.request('mdt.follow', { meetingId });
    assert.equal(late.currentCaseId, cases.at(-1), 'the late joiner is on the case the panel is on');
    assert.equal(late.movedBy, 'Grace Okafor');
    // The chair may move the panel too.
    await members.chair.request('mdt.goToCase', { meetingId, caseId: cases[0]! });
  });

  it('shows the outcome as it is typed, and two edits of one field never silently overwrite each other', async () => {
    const caseId = cases[0]!;
    const seen = next(members.chair, 'mdt.outcome.changed');
    const typed = await members.coordinator.request('mdt.outcome.edit', {
      caseId,
      field: 'recommendation',
      value: 'Proceed to CT-PET',
      baseVersion: 0,
    });
    assert.deepEqual(typed, {
      applied: true,
      field: { value: 'Proceed to CT-PET', version: 1, editedBy: 'Grace Okafor' },
    });
    const heard = await seen;
    assert.deepEqual([heard.caseId, heard.field, heard.state.value], [caseId, 'recommendation', 'Proceed to CT-PET']);

    const [a, b] = await Promise.all([
      members.coordinator.request('mdt.outcome.edit', {
        caseId,
        field: 'recommendation',
        value: 'Proceed to CT-PET and EBUS',
        baseVersion: 1,
      }),
      members.chair.request('mdt.outcome.edit', {
        caseId,
        field: 'recommendation',
        value: 'Proceed to CT-PET, then biopsy',
        baseVersion: 1,
      }),
    ]);
    const applied = [a, b].filter((e) => e.applied);
    const clashed = [a, b].filter((e) => !e.applied);
    assert.equal(applied.length, 1, 'exactly one of the two edits applies');
    assert.equal(clashed.length, 1, 'the other is told of the clash');
    const winner = applied[0]!.applied ? applied[0]!.field : null;
    const loser = clashed[0]!.applied ? null : clashed[0]!.conflict;
    assert.deepEqual(loser, winner, 'the loser sees what the winner wrote, and who');
  });

  it('tells every panel when the chair signs the outcome over HTTP, and when it is reopened', async () => {
    const caseId = cases[0]!;
    for (const [field, value] of [
      ['discussionStatus', 'discussed'],
      ['mdtType', 'lung'],
      ['carePlanIntent', 'C'],
    ] as const)
      await members.coordinator.request('mdt.outcome.edit', { caseId, field, value, baseVersion: 0 });
    const signed = next(members.radiologist, 'mdt.outcome.state');
    const answer = await people(app).api(`/api/mdt/cases/${caseId}/outcome/sign-off`, {}, chairCookie);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(await signed, { meetingId, caseId, state: 'signed' });
    const reopened = next(members.radiologist, 'mdt.outcome.state');
    const amended = await people(app).api(
      `/api/mdt/cases/${caseId}/outcome/amend`,
      { reason: 'Histology added' },
      chairCookie,
    );
    assert.equal(amended.status, 200, JSON.stringify(amended.body));
    assert.equal((await reopened).state, 'editing');
  });

  it('shows every panel a field edited over the HTTP API by another system, as typed ones are', async () => {
    const caseId = cases[2]!;
    for (const s of [members.chair, members.radiologist]) await s.request('mdt.follow', { meetingId });
    const heard = [members.chair, members.radiologist].map((s) => next(s, 'mdt.outcome.changed'));
    const res = await fetch(`http://127.0.0.1:${app.port}/api/mdt/cases/${caseId}/outcome/fields/recommendation`, {
      method: 'PUT',
      headers: { cookie: chairCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ value: 'Refer to thoracic surgery', baseVersion: 0 }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    for (const h of await Promise.all(heard)) {
      assert.deepEqual(
        [h.caseId, h.field, h.state.value, h.state.version],
        [caseId, 'recommendation', 'Refer to thoracic surgery', 1],
      );
    }
  });

  it('takes attendance and quorum from the call itself', async () => {
    const roomId = formatRoomId({ kind: 'mdt', id: meetingId });
    const present = next(members.coordinator, 'mdt.live');
    await members.radiologist.request('room.join', { roomId });
    const joined = await present;
    const radiologist = joined.attendees.find((a) => a.name === 'Dr Rhys Radley');
    assert.deepEqual([radiologist?.present, radiologist?.coreRole], [true, 'radiologist']);
    assert.ok(joined.quorum.missing.includes('chair') && !joined.quorum.missing.includes('radiologist'));
    // The case on screen was signed and then reopened: it is still being decided, so the call counts for it.
    assert.equal(joined.caseQuorum?.caseId, cases[0]);
    const forCase = joined.caseQuorum?.missing ?? [];
    assert.ok(forCase.includes('chair') && !forCase.includes('radiologist'));
    const gone = next(members.coordinator, 'mdt.live');
    await members.radiologist.request('room.leave', {});
    assert.equal((await gone).attendees.find((a) => a.name === 'Dr Rhys Radley')?.present, false);
    const stays = await app.db
      .selectFrom('mdt_attendance')
      .select(['joined_at', 'left_at'])
      .where('meeting_id', '=', meetingId)
      .execute();
    assert.equal(stays.length, 1);
    assert.ok(stays[0]!.left_at && stays[0]!.left_at >= stays[0]!.joined_at);
  });

  it('refuses: a member who is neither coordinator nor chair moving the panel, staff off the team, and guests', async () => {
    await assert.rejects(
      members.radiologist.request('mdt.goToCase', { meetingId, caseId: cases[1]! }),
      refusedAs('forbidden'),
    );
    let told = false;
    members.hubNurse.on('mdt.live', () => (told = true));
    members.hubNurse.on('mdt.outcome.changed', () => (told = true));
    await assert.rejects(members.hubNurse.request('mdt.follow', { meetingId }), refusedAs('forbidden'));
    await assert.rejects(
      members.hubNurse.request('mdt.outcome.edit', {
        caseId: cases[0]!,
        field: 'recommendation',
        value: 'x',
        baseVersion: 2,
      }),
      refusedAs('forbidden'),
    );
    await members.coordinator.request('mdt.goToCase', { meetingId, caseId: cases[1]! });
    await members.coordinator.request('mdt.outcome.edit', {
      caseId: cases[1]!,
      field: 'recommendation',
      value: 'Surveillance',
      baseVersion: 0,
    });
    assert.equal(told, false, 'staff off the team hear nothing of the meeting');

    const p = people(app);
    const guest = await p.guest(
      (await p.staff('demo.nurse')).cookie,
      (await p.staff('demo.nurse')).hub,
      'Gail Guest-MDT',
    );
    await assert.rejects(
      guest.client.request('mdt.follow', { meetingId }),
      (e: RequestError) => e instanceof RequestError,
    );
    guest.client.close();
    const refusals = await app.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'access.refused')
      .where('resource_id', '=', meetingId)
      .execute();
    assert.ok(refusals.length >= 2, 'each refusal is in the audit trail');
  });
});
