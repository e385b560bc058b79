import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { MdtRoutes as M } from '../../contracts/http/mdt';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { PDF } from '../../domain/consultations/test-support/samples';
import { mdtApi, type MdtApi } from '../test-support/mdt-api';

const HOUR = 3_600_000;
const CASE = {
  question: 'Fit for radical treatment?',
  referrer: { name: 'Dr K Lee', organisation: 'Northfield Road Surgery' },
};
const PATIENT = { givenName: 'Ruth', familyName: 'Adeyemi', dateOfBirth: '1958-02-11' };

/** A coordinator preparing a meeting's list over HTTP, as their page and other systems' imports do. */
describeOnEachDatabase('the MDT set-up routes: preparing a list', (t) => {
  let a: MdtApi;
  let as: { as: string };
  const patients = async () => (await t.db.selectFrom('patients').select('id').execute()).length;
  before(async () => {
    a = await mdtApi(t);
    as = { as: a.as.coordinator };
  });
  after(() => a.close());

  it('configures the MDT and lists its meetings', async () => {
    const setup = {
      mdtType: 'lung',
      coreRoles: ['chair', 'radiologist'],
      usualChairUserId: null,
      memberRoles: [{ userId: a.ids.nurse, coreRole: 'clinical_nurse_specialist' }],
    };
    const saved = await a.call(M.configure, a.ids.mdt, { ...as, body: setup });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual([saved.body.coreRoles, saved.body.usualChair], [['chair', 'radiologist'], null]);
    const read = await a.call(M.settings, a.ids.mdt, { as: a.as.nurse });
    assert.equal(
      read.body.team.find((m: { id: string }) => m.id === a.ids.nurse).coreRole,
      'clinical_nurse_specialist',
    );
    const { body } = await a.call(M.meetings, undefined, as);
    assert.deepEqual(
      body.upcoming.map((m: { id: string; caseCount: number }) => [m.id, m.caseCount]),
      [[a.ids.meeting, 3]],
    );
  });

  it('refuses a case with an invalid NHS number, 400 with a clear message, storing nothing', async () => {
    const before = await patients();
    const bad = await a.call(M.addCase, a.ids.meeting, {
      ...as,
      body: { ...CASE, patient: { ...PATIENT, nhsNumber: '123 456 7890' } },
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /^123 456 7890 is not a valid NHS number/);
    assert.equal(await patients(), before);
    const { body } = await a.call(M.meeting, a.ids.meeting, as);
    assert.equal(body.cases.length, 3);
  });

  it('adds a case with a new patient, reorders, and refuses an order naming a case of another meeting', async () => {
    const added = await a.call(M.addCase, a.ids.meeting, {
      ...as,
      body: {
        ...CASE,
        patient: { ...PATIENT, nhsNumber: '943 476 5919' },
        summary: { diagnosis: 'Mesothelioma', performanceStatus: 1 },
      },
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.deepEqual(
      [added.body.position, added.body.summary.diagnosis, added.body.patient.nhsNumber],
      [4, 'Mesothelioma', '9434765919'],
    );
    const ids: string[] = (await a.call(M.meeting, a.ids.meeting, as)).body.cases.map((c: { id: string }) => c.id);
    const order = [ids[3]!, ids[0]!, ids[1]!, ids[2]!];
    const moved = await a.call(M.reorder, a.ids.meeting, { ...as, body: { caseIds: order } });
    assert.deepEqual(
      moved.body.cases.map((c: { id: string }) => c.id),
      order,
    );
    const start = a.meeting.starts_at.getTime() + 7 * 24 * HOUR;
    const next = await a.call(M.schedule, undefined, {
      ...as,
      body: {
        serviceId: a.ids.mdt,
        title: 'Lung MDT',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 2 * HOUR).toISOString(),
      },
    });
    assert.equal(next.status, 201, JSON.stringify(next.body));
    const elsewhere = await a.call(M.addCase, next.body.id, {
      ...as,
      body: { ...CASE, patient: { id: added.body.patient.id } },
    });
    const foreign = await a.call(M.reorder, a.ids.meeting, {
      ...as,
      body: { caseIds: [elsewhere.body.id, ...order.slice(1)] },
    });
    assert.equal(foreign.status, 400);
    assert.match(foreign.body.error.message, /exactly once/);
    const still = (await a.call(M.meeting, a.ids.meeting, as)).body.cases.map((c: { id: string }) => c.id);
    assert.deepEqual(still, order);
  });

  it('rolls a case over, marks one not discussed, edits a summary and attaches a report', async () => {
    const cases = (await a.call(M.meeting, a.ids.meeting, as)).body.cases as {
      id: string;
      patient: { familyName: string };
    }[];
    const fenwick = cases.find((c) => c.patient.familyName === 'Fenwick')!.id;
    const marsh = cases.find((c) => c.patient.familyName === 'Marsh')!.id;
    const rolled = await a.call(M.rollOver, fenwick, { ...as, body: {} });
    assert.equal(rolled.status, 200, JSON.stringify(rolled.body));
    assert.deepEqual(
      [rolled.body.from.status, rolled.body.from.rolledOverToCaseId],
      ['rolled_over', rolled.body.to.id],
    );
    assert.equal((await a.call(M.rollOver, fenwick, { ...as, body: {} })).status, 409);
    const passed = await a.call(M.notDiscussed, marsh, { ...as, body: {} });
    assert.equal(passed.body.status, 'not_discussed_standard_of_care');
    const edited = await a.call(M.editCase, rolled.body.to.id, {
      ...as,
      body: { ...CASE, summary: { tnm: 'cT1c N0 M0', performanceStatus: 1 } },
    });
    assert.deepEqual([edited.status, edited.body.summary.tnm], [200, 'cT1c N0 M0']);
    const up = await a.call(M.attach, rolled.body.to.id, {
      ...as,
      body: PDF,
      type: 'application/pdf',
      query: { filename: 'PET-CT report.pdf' },
    });
    assert.equal(up.status, 201, JSON.stringify(up.body));
    const listed = await a.call(M.attachments, rolled.body.to.id, { as: a.as.clinician });
    assert.deepEqual(
      listed.body.attachments.map((f: { filename: string }) => f.filename),
      ['PET-CT report.pdf'],
    );
    const download = await a.call(M.attachment, up.body.id, { as: a.as.clinician });
    assert.equal(download.status, 200);
    assert.match(download.res.headers.get('content-disposition') ?? '', /^attachment;/);
    assert.ok(Buffer.from(await download.res.arrayBuffer()).equals(PDF));
  });
});
