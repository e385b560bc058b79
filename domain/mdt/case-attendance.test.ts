import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { pdfText } from '../consultations/test-support/pdf-text';
import { DomainError } from '../kernel/domain-error';
import { meetingAttendance, type MeetingAttendance } from './meeting-attendance';
import { exportMeetingSummary, exportOutcomeLetter } from './outcome-exports';
import { playedMeeting, type PlayedMeeting } from './test-support/played-meeting';

const refusedWith = (code: string) => (e: unknown) => e instanceof DomainError && e.code === code;
const hhmm = (d: Date) =>
  d.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

describeOnEachDatabase('MDT attendance per meeting and per case, and quorum, from the call itself', (t) => {
  let w: PlayedMeeting;
  let read: MeetingAttendance;
  /** Each person's stretches for a case as [name, from minute, to minute], by name then time. */
  const presentFor = (n: number) =>
    read.cases[n - 1]!.present.map((p) => [p.name, minuteOf(p.from), p.to && minuteOf(p.to)] as const).sort(
      (a, b) => a[0].localeCompare(b[0]) || a[1] - b[1],
    );
  const minuteOf = (d: Date) => (d.getTime() - w.at(0).getTime()) / 60_000;
  before(async () => {
    w = await playedMeeting(t, 'att');
    read = await meetingAttendance(w.ctx, w.nurse, w.meetingId);
  });

  it('records each person’s stays in the meeting’s call with the core roles they fill', () => {
    const stays = Object.fromEntries(
      read.people.map((p) => [p.name, [p.roles, p.stays.map((s) => [minuteOf(s.joinedAt), minuteOf(s.leftAt!)])]]),
    );
    assert.deepEqual(stays, {
      'Dr Ingrid Bjørnstad': [['chair', 'respiratory_physician'], [[0, 35]]],
      'Ruth Ames': [[], [[0, 35]]],
      'Nia Evans': [
        ['clinical_nurse_specialist'],
        [
          [0, 14],
          [16, 29],
        ],
      ],
      'Dr Sam Okoro': [
        ['radiologist'],
        [
          [2, 12],
          [12.5, 35],
        ],
      ],
    });
  });

  it('says who was there for each case, clipped to its discussion, and whether it was quorate', () => {
    const [c1, c2, c3, c4, c5] = read.cases;
    assert.deepEqual(presentFor(1), [
      ['Dr Ingrid Bjørnstad', 0, 10],
      ['Dr Sam Okoro', 2, 10],
      ['Nia Evans', 0, 10],
      ['Ruth Ames', 0, 10],
    ]);
    assert.deepEqual(c1!.quorum, { met: false, missing: ['radiologist'] }, 'the radiologist joined two minutes in');
    assert.deepEqual(presentFor(2), [
      ['Dr Ingrid Bjørnstad', 10, 20],
      ['Dr Sam Okoro', 10, 12],
      ['Dr Sam Okoro', 12.5, 20],
      ['Nia Evans', 10, 14],
      ['Nia Evans', 16, 20],
      ['Ruth Ames', 10, 20],
    ]);
    assert.deepEqual(
      c2!.quorum,
      { met: false, missing: ['clinical_nurse_specialist'] },
      'the nurse was out for two minutes; the radiologist’s thirty-second drop is forgiven',
    );
    assert.deepEqual(
      c3!.discussed.map((d) => [minuteOf(d.from), minuteOf(d.to!)]),
      [[20, 28]],
      'the discussion ends at the sign-off',
    );
    assert.deepEqual(c3!.quorum, { met: true, missing: [] }, 'the nurse left after the outcome was signed off');
    for (const never of [c4!, c5!]) assert.deepEqual([never.discussed, never.present, never.quorum], [[], [], null]);
  });

  it('tells the live panel the case on screen’s own quorum as people leave and come back', () => {
    const live = (minute: number) => w.liveAt.get(minute)!;
    assert.equal(live(-5).caseQuorum, null, 'nobody is in the call for the case yet');
    assert.deepEqual(live(12).caseQuorum, { caseId: w.cases[1], met: false, missing: ['radiologist'] });
    assert.equal(live(12.5).caseQuorum?.met, true, 'back within a minute');
    assert.deepEqual(live(14).quorum.missing, ['clinical_nurse_specialist']);
    assert.deepEqual(
      [live(16).quorum.met, live(16).caseQuorum?.missing],
      [true, ['clinical_nurse_specialist']],
      'the meeting is quorate again, but this case was discussed without the nurse',
    );
  });

  it('prints the attendance and each case’s quorum in the meeting summary, and who was present on the letter', async () => {
    const text = (await pdfText(await exportMeetingSummary(w.ctx, w.coordinator, w.meetingId))).replace(/\s+/g, ' ');
    const t = (m: number) => hhmm(w.at(m));
    for (const expected of [
      'Core roles for quorum: Chair, Radiologist, Clinical nurse specialist',
      `Dr Ingrid Bjørnstad (Chair, Respiratory physician): ${t(0)}–${t(35)}`,
      `Nia Evans (Clinical nurse specialist): ${t(0)}–${t(14)}; ${t(16)}–${t(29)}`,
      `Ruth Ames (no core role): ${t(0)}–${t(35)}`,
      'Quorate cases: 1 of 3 discussed in the call',
      'Quorum: Not quorate: Radiologist not present for the whole discussion',
      `Present: Dr Ingrid Bjørnstad (Chair, Respiratory physician) ${t(20)}–${t(28)}`,
      `Dr Sam Okoro (Radiologist) ${t(10)}–${t(12)}, ${t(12.5)}–${t(20)}`,
      'Quorum: Not quorate: Clinical nurse specialist not present for the whole discussion',
      'Quorum: Quorate',
      'Quorum: not discussed in the meeting’s call',
    ])
      assert.ok(text.includes(expected), `the summary shows "${expected}"`);
    assert.ok(!text.includes('Not recorded'));
    const letter = (await pdfText(await exportOutcomeLetter(w.ctx, w.chair, w.cases[2]!))).replace(/\s+/g, ' ');
    assert.ok(
      letter.includes(
        'Present for the discussion: Dr Ingrid Bjørnstad (Chair, Respiratory physician); Dr Sam Okoro (Radiologist); ' +
          'Nia Evans (Clinical nurse specialist); Ruth Ames (no core role)',
      ),
      letter,
    );
  });

  it('refuses the attendance to a guest, another trust and staff of the trust not on the MDT, audited', async () => {
    const guest = await w.demo.guest({ kind: 'service', id: w.demo.hub }, 'patient', 'Attendance Guest');
    const offTeam = await w.offTeam();
    for (const outsider of [guest, w.otherTrust, offTeam])
      await assert.rejects(meetingAttendance(w.ctx, outsider, w.meetingId), refusedWith('forbidden'));
    const audited = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('resource_id', '=', w.meetingId)
      .where('action', 'in', ['mdt.meeting.attendance.read', 'access.refused'])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audited.map((e) => [e.action, e.actor_id]),
      [
        ['mdt.meeting.attendance.read', w.nurse.identity.id],
        ['access.refused', guest.identity.id],
        ['access.refused', w.otherTrust.identity.id],
        ['access.refused', offTeam.identity.id],
      ],
    );
  });
});
