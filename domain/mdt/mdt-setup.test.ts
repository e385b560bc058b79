import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { addCase } from './case-list';
import { configureMdt, readMdtSettings } from './mdt-settings';
import { listMyMeetings, scheduleMeeting } from './meetings';
import { readMeeting } from './meeting-view';
import { mdtWorld, type MdtWorld } from './test-support/mdt-world';

const DAY = 24 * 3_600_000;
const NEW_PATIENT = { givenName: 'Zoë', familyName: 'Ødegård', dateOfBirth: '1960-05-01', nhsNumber: '943 476 5919' };
const CASE = { question: 'Staging?', referrer: { name: 'Dr A Referrer', organisation: 'Northfield Road Surgery' } };

describeOnEachDatabase('MDT set-up: settings, meetings and the case list', (t) => {
  let w: MdtWorld;
  before(async () => {
    w = await mdtWorld(t);
  });

  it('shows the seeded lung meeting to its team, cases in order with their pre-MDT summaries, read audited', async () => {
    const seen = await readMeeting(w.ctx(), w.nurse, w.meeting.id);
    assert.deepEqual(
      seen.cases.map((c) => [c.position, c.patient.familyName, c.status]),
      [
        [1, 'Fenwick', 'listed'],
        [2, 'Brooks', 'listed'],
        [3, 'Marsh', 'listed'],
      ],
    );
    assert.equal(seen.cases[1]!.summary.tnm, 'pT3 N0 M0');
    assert.equal(seen.cases[2]!.summary.performanceStatus, 2);
    assert.equal(seen.mdt.mdtType, 'lung');
    assert.equal(seen.meeting.roomId, `mdt-${w.meeting.id}`);
    assert.equal(seen.canManage, false, 'a nurse reads the list but may not change it');
    assert.equal((await readMeeting(w.ctx(), w.coordinator, w.meeting.id)).canManage, true);
    assert.ok((await w.audited(w.meeting.id)).includes('mdt.meeting.read'));
  });

  it('lets the coordinator set the MDT up, checking every person named against the team', async () => {
    const setup = {
      mdtType: 'lung' as const,
      coreRoles: ['chair' as const, 'radiologist' as const, 'pathologist' as const],
      usualChairUserId: w.clinician.identity.id,
      memberRoles: [{ userId: w.nurse.identity.id, coreRole: 'clinical_nurse_specialist' as const }],
    };
    const saved = await configureMdt(w.ctx(), w.coordinator, w.mdt, setup);
    assert.deepEqual(saved.coreRoles, ['chair', 'radiologist', 'pathologist']);
    assert.equal(saved.usualChair?.name, 'Dr Asha Patel');
    assert.equal(saved.team.find((m) => m.id === w.nurse.identity.id)?.coreRole, 'clinical_nurse_specialist');
    assert.deepEqual((await readMdtSettings(w.ctx(), w.nurse, w.mdt)).coreRoles, saved.coreRoles);
    assert.ok((await w.audited(w.mdt)).includes('mdt.settings.configure'));

    const outsider = { ...setup, usualChairUserId: w.careHome.identity.id };
    await assert.rejects(configureMdt(w.ctx(), w.coordinator, w.mdt, outsider), /must be a member of this MDT's team/);
    const twice = { ...setup, coreRoles: ['chair' as const, 'chair' as const] };
    await assert.rejects(configureMdt(w.ctx(), w.coordinator, w.mdt, twice), { code: 'bad_request' });
    await assert.rejects(configureMdt(w.ctx(), w.nurse, w.mdt, setup), { code: 'forbidden' });
    assert.equal((await readMdtSettings(w.ctx(), w.nurse, w.mdt)).usualChair?.name, 'Dr Asha Patel');
  });

  it('schedules a meeting with the usual chair and invited team members, listed to the team soonest first', async () => {
    const startsAt = new Date(w.meeting.starts_at.getTime() + 7 * DAY);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const m = { serviceId: w.mdt, title: 'Lung MDT (next week)', startsAt, endsAt };
    const made = await scheduleMeeting(w.ctx(), w.coordinator, { ...m, inviteeUserIds: [w.nurse.identity.id] });
    assert.equal(made.chair?.name, 'Dr Asha Patel', "the MDT's usual chair");
    assert.deepEqual(
      made.invitees.map((i) => i.name),
      ['Tom Reid'],
    );
    const { upcoming } = await listMyMeetings(w.ctx(), w.nurse);
    assert.deepEqual(
      upcoming.map((u) => [u.id, u.caseCount]),
      [
        [w.meeting.id, 3],
        [made.id, 0],
      ],
    );
    const stranger = { ...m, inviteeUserIds: [w.careHome.identity.id] };
    await assert.rejects(scheduleMeeting(w.ctx(), w.coordinator, stranger), /invitee must be a member/);
    const backwards = { ...m, endsAt: startsAt, inviteeUserIds: [] };
    await assert.rejects(scheduleMeeting(w.ctx(), w.coordinator, backwards), /must end after it starts/);
    await assert.rejects(scheduleMeeting(w.ctx(), w.nurse, { ...m, inviteeUserIds: [] }), { code: 'forbidden' });
  });

  it('adds a case for a new patient with a valid NHS number, at the end of the list, in the MDT organisation', async () => {
    const added = await addCase(w.ctx(), w.coordinator, w.meeting.id, { ...CASE, patient: NEW_PATIENT });
    assert.deepEqual([added.position, added.addedLate, added.patient.nhsNumber], [4, false, '9434765919']);
    const org = await t.db
      .selectFrom('patients')
      .select('organisation_id')
      .where('id', '=', added.patient.id)
      .executeTakeFirstOrThrow();
    const mdtOrg = await t.db
      .selectFrom('services')
      .select('organisation_id')
      .where('id', '=', w.mdt)
      .executeTakeFirstOrThrow();
    assert.equal(org.organisation_id, mdtOrg.organisation_id);
    await assert.rejects(
      addCase(w.ctx(), w.coordinator, w.meeting.id, { ...CASE, patient: NEW_PATIENT }),
      /already on this meeting's list/,
    );
    assert.deepEqual(await w.audited(added.id), ['mdt.case.add']);
  });

  it('refuses an invalid NHS number with a clear message and stores nothing', async () => {
    const before = await t.db
      .selectFrom('patients')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const cases = (await w.caseIds()).length;
    const bad = { ...NEW_PATIENT, familyName: 'Wrong', nhsNumber: '943 476 5918' };
    await assert.rejects(addCase(w.ctx(), w.coordinator, w.meeting.id, { ...CASE, patient: bad }), {
      code: 'bad_request',
      message: /^943 476 5918 is not a valid NHS number: .*modulus 11 check digit/,
    });
    const after = await t.db
      .selectFrom('patients')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
    assert.equal((await w.caseIds()).length, cases);
  });

  it('refuses a patient of another organisation by id, and flags a case added once the meeting has started', async () => {
    const margaret = await t.db
      .selectFrom('patients')
      .select('id')
      .where('given_name', '=', 'Margaret')
      .executeTakeFirstOrThrow();
    await assert.rejects(addCase(w.ctx(), w.coordinator, w.meeting.id, { ...CASE, patient: { id: margaret.id } }), {
      code: 'not_found',
    });
    const priya = await t.db
      .selectFrom('patients')
      .select('id')
      .where('given_name', '=', 'Priya')
      .executeTakeFirstOrThrow();
    const during = w.ctx(new Date(w.meeting.starts_at.getTime() + 10 * 60_000));
    const late = await addCase(during, w.coordinator, w.meeting.id, { ...CASE, patient: { id: priya.id } });
    assert.equal(late.addedLate, true);
    const over = w.ctx(new Date(w.meeting.ends_at.getTime() + 60_000));
    await assert.rejects(
      addCase(over, w.coordinator, w.meeting.id, { ...CASE, patient: NEW_PATIENT }),
      /this meeting is over/,
    );
  });
});
