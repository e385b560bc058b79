import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { Consultations } from './consultations';
import { DomainError } from '../kernel/domain-error';
import { danglingReferences } from './fhir/references';
import { ACT_CODE_SYSTEM, CONVENE_USER_SYSTEM, NHS_NUMBER_SYSTEM, PARTICIPANT_TYPE_SYSTEM } from './fhir/systems';
import { fhirSchemaErrors } from './fhir-validation';
import { pdfText } from './test-support/pdf-text';
import { PNG } from './test-support/samples';
import { demoWorld, PRECHECK, type World } from './test-support/world';

type Resource = { resourceType: string; [key: string]: unknown };
type Bundle = Resource & { type: string; entry: { fullUrl: string; resource: Resource }[] };
type Ref = { reference?: string; display?: string };

const ofType = (bundle: Bundle, type: string) => bundle.entry.filter((e) => e.resource.resourceType === type);
/** The entry a reference points at (the assertion fails when there is none). */
function resolve(bundle: Bundle, ref: unknown): Bundle['entry'][number] {
  const found = bundle.entry.find((e) => e.fullUrl === (ref as Ref | undefined)?.reference);
  assert.ok(found, `${JSON.stringify(ref)} points at an entry of the bundle`);
  return found;
}

describeOnEachDatabase('the consultation record and its exports', (t) => {
  let w: World;
  let domain: Consultations;
  let id: string;
  let nhsNumber: string;

  // The demo's care-home call: a known patient (Margaret Hill), asked for by the care home's nurse.
  before(async () => {
    w = await demoWorld(t);
    domain = new Consultations({ db: t.db });
    ({ id, nhsNumber } = await w.consultationFor('Margaret'));
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
    const [encounter, patient] = bundle.entry.map((e) => e.resource);
    const communications = ofType(bundle, 'Communication').map((e) => e.resource);
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
    ofType(broken, 'Communication')[0]!.resource.sent = 'yesterday'; // not a FHIR dateTime
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
    broken.entry.splice(1, 1); // the Patient, which the Encounter and the Communications point at
    assert.ok(danglingReferences(broken).includes(bundle.entry[1]!.fullUrl));
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

  // A clinic call on the patient's own link, with a relative (who drops out and comes back) and an
  // interpreter: everyone the record shows must be in the FHIR bundle, and point at each other.
  it('exports everything the record shows as one self-contained FHIR bundle', async () => {
    const clinic = await w.consultationFor('Priya');
    const cid = clinic.id;
    const arrive = async (kind: 'patient' | 'relative' | 'interpreter', name: string) => {
      const guest = await w.guest({ kind: 'consultation', id: cid }, kind, name);
      await domain.arrive(guest, { displayName: name, precheck: PRECHECK });
      return guest;
    };
    const patientGuest = await arrive('patient', 'Priya Nair');
    await domain.admit(w.clinician, cid);
    const son = await arrive('relative', 'Ravi Nair');
    await arrive('interpreter', 'Meera (Gujarati)');
    await domain.postChat(w.clinician, cid, 'Can you show me the rash?');
    await domain.postChat(son, cid, 'Sending a photo now');
    await domain.postChat(patientGuest, cid, 'It itches at night');
    await domain.attachFile(son, cid, { filename: 'rash.png', bytes: PNG });
    await domain.leave(son, cid);
    await domain.arrive(son, { displayName: 'Ravi Nair', precheck: PRECHECK });
    const note = 'Contact dermatitis.\nEmollient twice daily; review in 2 weeks — Gujarati interpreter needed.';
    await domain.setNotes(w.clinician, cid, note);
    await domain.end(w.clinician, cid);

    const bundle = (await domain.exportFhirBundle(w.clinician, cid)) as Bundle;
    assert.deepEqual(fhirSchemaErrors(bundle), []);
    assert.deepEqual(danglingReferences(bundle), [], 'every reference resolves to an entry of the bundle');
    assert.ok(bundle.entry.every((e) => e.fullUrl === `urn:uuid:${String(e.resource.id)}`));

    const [patient] = ofType(bundle, 'Patient');
    assert.deepEqual(patient?.resource.identifier, [{ system: NHS_NUMBER_SYSTEM, value: clinic.nhsNumber }]);
    assert.deepEqual(patient?.resource.name, [{ family: 'Nair', given: ['Priya'] }]);
    assert.equal(patient?.resource.birthDate, '1972-11-19');

    const [encounterEntry, ...others] = ofType(bundle, 'Encounter');
    assert.equal(others.length, 0);
    const encounter = encounterEntry!.resource;
    assert.equal(resolve(bundle, encounter.subject), patient, 'the Encounter is about the Patient');
    assert.equal(encounter.status, 'finished');
    assert.deepEqual(encounter.class, { system: ACT_CODE_SYSTEM, code: 'VR', display: 'virtual' });
    const visit = encounter.period as { start: string; end: string };
    assert.ok(Date.parse(visit.start) <= Date.parse(visit.end), 'the Encounter has a start and an end');

    type Participant = { type: { coding: { system: string; code: string }[]; text: string }[]; individual: Ref };
    type Seat = Participant & { period: { start: string; end?: string } };
    const seats = encounter.participant as Seat[];
    const who = (s: Participant) => resolve(bundle, s.individual).resource;
    assert.deepEqual(
      seats.map((s) => [who(s).resourceType, s.type[0]?.text]),
      [
        ['Practitioner', 'clinician'],
        ['RelatedPerson', 'relative (joined by link)'],
        ['Practitioner', 'interpreter (joined by link)'],
        ['RelatedPerson', 'relative (joined by link)'],
      ],
      'staff and guests take part; the patient is the subject, not a participant',
    );
    const clinician = who(seats[0]!);
    assert.deepEqual(clinician.identifier, [{ system: CONVENE_USER_SYSTEM, value: w.clinician.identity.id }]);
    assert.deepEqual(clinician.name, [{ text: 'Dr Asha Patel' }]);
    assert.ok(seats[0]!.period.start && seats[1]!.period.end, 'each seat has its time in the call');
    assert.equal(who(seats[3]!), who(seats[1]!), 'one RelatedPerson for the son, who left and came back');
    assert.equal(resolve(bundle, who(seats[1]!).patient), patient, 'related to the Patient');
    assert.deepEqual(seats[2]!.type[0]?.coding, [
      { system: PARTICIPANT_TYPE_SYSTEM, code: 'translator', display: 'Translator' },
    ]);
    assert.equal(ofType(bundle, 'Practitioner').length, 2);
    assert.equal(ofType(bundle, 'RelatedPerson').length, 1);

    const messages = ofType(bundle, 'Communication').map((e) => e.resource);
    assert.deepEqual(
      messages.map((m) => [
        resolve(bundle, m.sender).resource.resourceType,
        (m.payload as { contentString: string }[])[0]?.contentString,
      ]),
      [
        ['Practitioner', 'Can you show me the rash?'],
        ['RelatedPerson', 'Sending a photo now'],
        ['Patient', 'It itches at night'],
      ],
    );
    assert.ok(messages.every((m) => resolve(bundle, m.encounter) === encounterEntry && typeof m.sent === 'string'));

    type Attachment = { contentType: string; title?: string; size: number; url?: string; data?: string };
    const documents = ofType(bundle, 'DocumentReference').map((e) => e.resource);
    assert.equal(documents.length, 2, 'the file and the notes');
    const attachment = (d: Resource) => (d.content as { attachment: Attachment }[])[0]!.attachment;
    const [file, notes] = documents as [Resource, Resource];
    const [shared] = (await domain.record(w.clinician, cid)).files;
    assert.deepEqual(attachment(file), {
      contentType: 'image/png',
      url: `/api/files/${shared!.fileId}`,
      size: PNG.length,
      title: 'rash.png',
      creation: shared!.sharedAt.toISOString(),
    });
    const sha256 = createHash('sha256').update(PNG).digest();
    assert.equal(shared!.sha256, sha256.toString('hex'));
    assert.deepEqual(file.masterIdentifier, {
      system: 'urn:ietf:rfc:3986',
      value: `ni:///sha-256;${sha256.toString('base64url')}`,
    });
    assert.equal(resolve(bundle, (file.author as Ref[])[0]).resource.resourceType, 'RelatedPerson');
    assert.equal(resolve(bundle, (file.context as { encounter: Ref[] }).encounter[0]), encounterEntry);

    assert.deepEqual(notes.type, { text: 'Consultation note' });
    assert.equal(attachment(notes).contentType, 'text/plain; charset=utf-8');
    assert.equal(Buffer.from(attachment(notes).data!, 'base64').toString('utf8'), note);
    assert.equal(resolve(bundle, (notes.author as Ref[])[0]).resource, clinician);
    assert.equal(typeof notes.date, 'string');
    assert.equal(resolve(bundle, (notes.context as { encounter: Ref[] }).encounter[0]), encounterEntry);
  });

  // A caller on the hub's open link is not identified in Convene; the notes are written afterwards
  // by a nurse who was never in the call.
  it('exports an unidentified patient by name only, and a notes author who took no seat', async () => {
    const caller = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Caller');
    const { consultationId: cid } = await domain.arrive(caller, { displayName: 'Sam Walker', precheck: PRECHECK });
    await domain.admit(w.clinician, cid);
    await domain.postChat(caller, cid, 'Can you hear me?');
    await domain.end(w.clinician, cid);
    await domain.setNotes(w.nurse, cid, 'Called back; no further action.');

    const bundle = (await domain.exportFhirBundle(w.clinician, cid)) as Bundle;
    assert.deepEqual(fhirSchemaErrors(bundle), []);
    assert.deepEqual(danglingReferences(bundle), []);
    assert.equal(ofType(bundle, 'Patient').length, 0, 'no Patient is made up from a name alone');
    const encounter = ofType(bundle, 'Encounter')[0]!.resource;
    assert.deepEqual(encounter.subject, { display: 'Sam Walker' });
    const seats = encounter.participant as { individual: Ref }[];
    assert.deepEqual(
      seats.map((s) => resolve(bundle, s.individual).resource.name),
      [[{ text: 'Dr Asha Patel' }]],
    );
    const [message] = ofType(bundle, 'Communication');
    assert.deepEqual(message?.resource.sender, { display: 'Sam Walker' });
    const [notes] = ofType(bundle, 'DocumentReference');
    const author = resolve(bundle, (notes?.resource.author as Ref[])[0]).resource;
    assert.equal(author.resourceType, 'Practitioner');
    assert.deepEqual(author.identifier, [{ system: CONVENE_USER_SYSTEM, value: w.nurse.identity.id }]);
    assert.deepEqual(author.name, [{ text: 'Tom Reid' }]);
  });
});
