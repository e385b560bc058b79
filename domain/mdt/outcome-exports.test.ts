import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { NHS_NUMBER_SYSTEM } from '../consultations/fhir/systems';
import { danglingReferences } from '../consultations/fhir/references';
import { fhirSchemaErrors } from '../consultations/fhir-validation';
import { pdfText } from '../consultations/test-support/pdf-text';
import { DomainError } from '../kernel/domain-error';
import { editOutcomeField } from './outcome-edit';
import { exportMeetingSummary, exportOutcomeFhir, exportOutcomeLetter } from './outcome-exports';
import { amend, signOff } from './outcome-sign-off';
import { outcomeWorld, type OutcomeWorld } from './test-support/outcome-world';

type Resource = { resourceType: string; id: string; [key: string]: unknown };
type Bundle = { resourceType: string; type: string; entry: { fullUrl: string; resource: Resource }[] };
const refusedWith = (code: string) => (e: unknown) => e instanceof DomainError && e.code === code;

describeOnEachDatabase('MDT outcome exports: the letter, the meeting summary and the FHIR CarePlan', (t) => {
  let w: OutcomeWorld;
  before(async () => {
    w = await outcomeWorld(t, 'exp');
    const edit = (field: string, value: unknown, base = 0) =>
      editOutcomeField(w.ctx, w.coordinator, { caseId: w.caseId, field, value, baseVersion: base });
    await edit('discussionStatus', 'discussed');
    await edit('discussionType', 'this_trust');
    await edit('meetingDate', '2030-01-10');
    await edit('mdtType', 'lung');
    await edit('carePlanIntent', 'C');
    await edit('plannedTreatments', ['01', '05']);
    await edit('performanceStatus', '1');
    await edit('cnsInvolved', 'yes');
    await edit('recommendation', 'Right upper lobectomy — Zoë agrees; review with Dr Bjørnstad.');
    await edit('sentTo', ['gp', 'referrer']);
    const action = {
      id: 'a1',
      what: 'Book PET-CT before surgery',
      ownerUserId: w.nurse.identity.id,
      due: '2030-01-20',
    };
    await edit('actions', [action]);
    await signOff(w.ctx, w.chair, w.caseId);
    await amend(w.ctx, w.chair, w.caseId, 'PET-CT showed a second nodule');
    await edit('recommendation', 'Right upper lobectomy and wedge resection — Zoë agrees.', 1);
    await signOff(w.ctx, w.chair, w.caseId);
    await w.newCase('Second case, still being discussed');
  });

  it('prints the signed outcome in words, with the Unicode names as written, the version and the reason', async () => {
    const pdf = await exportOutcomeLetter(w.ctx, w.nurse, w.caseId);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = await pdfText(pdf);
    for (const expected of [
      'MDT outcome',
      'Zoë Ødegård',
      '943 476 5919',
      "Patient's GP, Referrer",
      'CT: 2.4 cm right upper lobe mass. Staging and next steps?',
      'Discussed',
      "This Trust's MDT",
      'Lung',
      'Curative',
      'Surgery; Teletherapy (beam radiation excluding proton therapy)',
      'Right upper lobectomy and wedge resection — Zoë agrees.',
      'Book PET-CT before surgery — Nia Evans, by 20 Jan 2030',
      'Dr Ingrid Bjørnstad (chair)',
      'Version: 2 of 2',
      'Amends version 1: PET-CT showed a second nodule',
    ]) {
      assert.ok(text.includes(expected), `the letter shows "${expected}"`);
    }
    assert.ok(!/\bCR0460\b|: C\n/.test(text), 'codes are not printed as codes');
  });

  it('summarises the meeting: each case, its outcome or that none is signed, and that nobody joined its call', async () => {
    const text = await pdfText(await exportMeetingSummary(w.ctx, w.coordinator, w.meetingId));
    for (const expected of [
      'MDT meeting summary',
      'Attendance and quorum',
      'Nobody joined the meeting’s call in Convene',
      'Quorum: not discussed in the meeting’s call',
      '1. Zoë Ødegård',
      'version 2, amending version 1, by Dr Ingrid Bjørnstad',
      '2. Zoë Ødegård',
      'No outcome recorded.',
    ]) {
      assert.ok(text.includes(expected), `the summary shows "${expected}"`);
    }
  });

  it('exports a FHIR R4 bundle that validates: CarePlan, Provenance of the sign-off, Patient, Practitioners', async () => {
    const bundle = (await exportOutcomeFhir(w.ctx, w.chair, w.caseId)) as Bundle;
    assert.deepEqual(fhirSchemaErrors(bundle), []);
    assert.deepEqual(danglingReferences(bundle), []);
    const of = (type: string) => bundle.entry.filter((e) => e.resource.resourceType === type).map((e) => e.resource);
    const at = (ref: unknown) =>
      bundle.entry.find((e) => e.fullUrl === (ref as { reference: string }).reference)?.resource;
    const [plan] = of('CarePlan');
    const [provenance] = of('Provenance');
    const [patient] = of('Patient');
    assert.ok(plan && provenance && patient);
    assert.deepEqual([plan.status, plan.intent], ['active', 'plan']);
    assert.deepEqual((plan.category as { coding: unknown[] }[])[0]!.coding, [
      { system: 'http://snomed.info/sct', code: '312384001', display: 'Multidisciplinary assessment' },
    ]);
    assert.equal(at(plan.subject), patient);
    assert.deepEqual(patient.identifier, [{ system: NHS_NUMBER_SYSTEM, value: w.nhsNumber }]);
    assert.deepEqual(patient.name, [{ family: 'Ødegård', given: ['Zoë'] }]);
    const chair = at(plan.author)!;
    assert.deepEqual([chair.resourceType, chair.name], ['Practitioner', [{ text: 'Dr Ingrid Bjørnstad' }]]);
    type Detail = {
      detail: {
        code?: { text: string };
        description?: string;
        performer?: unknown[];
        scheduledPeriod?: { end: string };
      };
    };
    const activities = plan.activity as Detail[];
    assert.deepEqual(
      activities.filter((a) => a.detail.code).map((a) => a.detail.code!.text),
      ['Surgery', 'Teletherapy (beam radiation excluding proton therapy)'],
    );
    const action = activities.find((a) => a.detail.description)!.detail;
    assert.equal(action.description, 'Book PET-CT before surgery');
    assert.equal(action.scheduledPeriod?.end, '2030-01-20');
    assert.deepEqual((at(action.performer![0]) as Resource).name, [{ text: 'Nia Evans' }]);
    const notes = (plan.note as { text: string }[]).map((n) => n.text);
    assert.ok(notes.includes('Right upper lobectomy and wedge resection — Zoë agrees.'));
    assert.ok(notes.some((n) => n.includes('Care plan intent: Curative')));
    assert.equal(at((provenance.target as unknown[])[0]), plan);
    assert.equal(at((provenance.agent as { who: unknown }[])[0]!.who), chair);
    assert.equal(provenance.recorded, plan.created);
  });

  it('audits every export, and refuses them to anyone outside the MDT (audited)', async () => {
    const guest = await w.demo.guest({ kind: 'service', id: w.demo.hub }, 'patient', 'Export Guest');
    for (const outsider of [guest, w.demo.careHome, w.prison, w.otherTrust]) {
      await assert.rejects(exportOutcomeLetter(w.ctx, outsider, w.caseId), refusedWith('forbidden'));
      await assert.rejects(exportOutcomeFhir(w.ctx, outsider, w.caseId), refusedWith('forbidden'));
      await assert.rejects(exportMeetingSummary(w.ctx, outsider, w.meetingId), refusedWith('forbidden'));
    }
    const unsigned = await w.newCase('Not yet signed');
    await assert.rejects(exportOutcomeLetter(w.ctx, w.chair, unsigned), refusedWith('conflict'));
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('action', 'in', ['mdt.outcome.export.pdf', 'mdt.outcome.export.fhir', 'mdt.meeting.export.summary'])
      .execute();
    assert.deepEqual(
      events.map((e) => [e.action, e.actor_id]),
      [
        ['mdt.outcome.export.pdf', w.nurse.identity.id],
        ['mdt.meeting.export.summary', w.coordinator.identity.id],
        ['mdt.outcome.export.fhir', w.chair.identity.id],
      ],
    );
    const refused = await t.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'access.refused')
      .where('resource_id', 'in', [w.caseId, w.meetingId])
      .execute();
    assert.equal(refused.length, 12, 'four outsiders, three exports each');
  });
});
