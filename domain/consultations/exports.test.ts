import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { Consultations } from './consultations';
import { DomainError } from '../kernel/domain-error';
import { ACT_CODE_SYSTEM, NHS_NUMBER_SYSTEM } from './fhir';
import { fhirSchemaErrors } from './fhir-validation';
import { pdfText } from './test-support/pdf-text';
import { PNG } from './test-support/samples';
import { demoWorld, type World } from './test-support/world';

type Resource = { resourceType: string; [key: string]: unknown };
type Bundle = Resource & { type: string; entry: { fullUrl: string; resource: Resource }[] };

describeOnEachDatabase('the consultation record and its exports', (t) => {
  let w: World;
  let domain: Consultations;
  let id: string;
  let nhsNumber: string;

  // The demo's care-home call: a known patient (Margaret Hill), asked for by the care home's nurse.
  before(async () => {
    w = await demoWorld(t);
    domain = new Consultations({ db: t.db });
    const c = await t.db
      .selectFrom('consultations as c')
      .innerJoin('patients as p', 'p.id', 'c.patient_id')
      .select(['c.id', 'p.nhs_number'])
      .where('p.given_name', '=', 'Margaret')
      .executeTakeFirstOrThrow();
    id = c.id;
    nhsNumber = c.nhs_number!;
    await domain.admit(w.nurse, id);
    await domain.postChat(w.nurse, id, 'Can you lift her arm for me?');
    await domain.postChat(w.careHome, id, 'Yes — she says it hurts a little “here”');
    await domain.postChat(w.careHome, id, 'Her daughter Siân Ŵyn-Łukasiewicz is on her way 🙂');
    await domain.attachFile(w.careHome, id, { filename: 'bruise.png', bytes: PNG });
    await domain.setNotes(w.nurse, id, 'No new weakness. Bruised left forearm. Review by GP tomorrow.');
    await domain.end(w.nurse, id);
  });

  it('gives staff the whole record: patient, service, participants, timeline with times, chat, files, notes', async () => {
    const r = await domain.record(w.nurse, id);
    assert.equal(r.patient?.familyName, 'Hill');
    assert.equal(r.service.kind, 'on_demand_hub');
    assert.deepEqual(
      r.participants.map((p) => [p.name, p.kind]),
      [
        ['Tom Reid', 'staff'],
        ['Beth Morgan', 'staff'],
      ],
    );
    assert.deepEqual(
      r.timeline.map((e) => e.kind),
      ['admitted', 'file_shared', 'notes_updated', 'ended'],
    );
    assert.ok(r.timeline.every((e) => e.at instanceof Date));
    assert.equal(r.chat.length, 3);
    assert.equal(r.files[0]?.filename, 'bruise.png');
    assert.equal(r.notes?.updatedBy, 'Tom Reid');
    const careHomeView = await domain.record(w.careHome, id);
    assert.equal(careHomeView.consultation.id, id, 'the care home that asked for the call may read it');
    await assert.rejects(
      domain.record(w.coordinator, id),
      (e: unknown) => e instanceof DomainError && e.code === 'forbidden',
    );
  });

  it('exports a FHIR R4 Bundle that passes the R4 JSON schema', async () => {
    const bundle = (await domain.exportFhirBundle(w.clinician, id)) as Bundle;
    assert.deepEqual(fhirSchemaErrors(bundle), []);
    assert.equal(bundle.resourceType, 'Bundle');
    assert.equal(bundle.type, 'collection');
    const [encounter, patient, ...communications] = bundle.entry.map((e) => e.resource);
    assert.equal(encounter?.resourceType, 'Encounter');
    assert.equal(encounter?.status, 'finished');
    assert.deepEqual(encounter?.class, { system: ACT_CODE_SYSTEM, code: 'VR', display: 'virtual' });
    assert.deepEqual(
      (encounter?.statusHistory as { status: string }[]).map((s) => s.status),
      ['in-progress', 'finished'],
    );
    assert.equal((encounter?.subject as { reference: string }).reference, bundle.entry[1]!.fullUrl);
    assert.equal((encounter?.participant as unknown[]).length, 2);
    assert.deepEqual(patient?.identifier, [{ system: NHS_NUMBER_SYSTEM, value: nhsNumber }]);
    assert.deepEqual(
      communications.map((c) => [
        c.resourceType,
        c.status,
        (c.payload as { contentString: string }[])[0]?.contentString,
      ]),
      [
        ['Communication', 'completed', 'Can you lift her arm for me?'],
        ['Communication', 'completed', 'Yes — she says it hurts a little “here”'],
        ['Communication', 'completed', 'Her daughter Siân Ŵyn-Łukasiewicz is on her way 🙂'],
      ],
    );
    assert.ok(
      communications.every((c) => (c.encounter as { reference: string }).reference === bundle.entry[0]!.fullUrl),
    );
  });

  it('has a validator that does reject invalid FHIR', async () => {
    const bundle = (await domain.exportFhirBundle(w.clinician, id)) as Bundle;
    const broken = structuredClone(bundle);
    broken.entry[0]!.resource.status = 'onhold'; // not an R4 Encounter status
    broken.entry[2]!.resource.sent = 'yesterday'; // not a FHIR dateTime
    const errors = fhirSchemaErrors(broken);
    assert.ok(
      errors.some((e) => /Encounter\.status/.test(e)),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => /Communication\.sent/.test(e)),
      errors.join('\n'),
    );
    assert.notDeepEqual(fhirSchemaErrors({ resourceType: 'Encounter' }), [], 'status and class are required');
    assert.notDeepEqual(fhirSchemaErrors({ resourceType: 'NotAResource' }), []);
  });

  it('exports a PDF of the record that says what it holds and that nothing was recorded', async () => {
    const pdf = await domain.exportPdf(w.clinician, id);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    // Read back by a real PDF reader (pdf.js), through the embedded font's character map.
    const text = await pdfText(pdf);
    for (const expected of [
      'Video consultation record',
      'Nothing was recorded (no audio or video).',
      'Margaret Hill',
      `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`,
      '24/7 Care Home Support Hub',
      'Admitted into the call',
      'Consultation ended',
      'Tom Reid: Can you lift her arm for me?',
      'Beth Morgan: Yes — she says it hurts a little “here”',
      // Welsh and Polish letters as written; the emoji, which the font cannot draw, as "?".
      'Beth Morgan: Her daughter Siân Ŵyn-Łukasiewicz is on her way ?',
      'bruise.png',
      'No new weakness. Bruised left forearm. Review by GP tomorrow.',
    ]) {
      assert.ok(text.includes(expected), `the PDF shows "${expected}"`);
    }
  });

  it('puts every reading and export in the audit trail, and keeps the record from guests', async () => {
    const guest = await w.guest({ kind: 'consultation', id }, 'relative', 'Daughter');
    await assert.rejects(
      domain.exportPdf(guest, id),
      (e: unknown) => e instanceof DomainError && e.code === 'forbidden',
    );
    const actions = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_type', '=', 'consultation')
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      [
        'consultation.admitted',
        'chat.send',
        'chat.send',
        'chat.send',
        'consultation.file_shared',
        'consultation.notes_updated',
        'consultation.ended',
        'consultation.record.read',
        'consultation.record.read',
        'access.refused',
        'consultation.export.fhir',
        'consultation.export.fhir',
        'consultation.export.pdf',
        'access.refused',
      ],
    );
  });
});
