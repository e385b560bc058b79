import { FIELD_LABELS } from '../../contracts/mdt-outcome';
import { roleWords } from './attendance-pdf';
import type { SignedCaseFacts } from './outcome-facts';
import { day, field, finish, london, newDocument, nhsNumber, printable, section } from './outcome-pdf-kit';
import { codedWords, recipientWords, treatmentWords } from './outcome-words';

function header(doc: PDFKit.PDFDocument, f: SignedCaseFacts): void {
  const v = f.signed.values;
  doc.font('bold').fontSize(20).text('MDT outcome');
  doc
    .font('body')
    .fontSize(12)
    .text(printable(`${f.meeting.serviceName} — ${f.meeting.title}`))
    .fontSize(10);
  doc.moveDown(0.5);
  const to = recipientWords(v);
  field(doc, 'To', to.length ? to.join(', ') : 'not specified');
  field(doc, 'Meeting date', v.meetingDate ? day(v.meetingDate) : london(f.meeting.startsAt));
}

function patient(doc: PDFKit.PDFDocument, f: SignedCaseFacts): void {
  section(doc, 'Patient');
  field(doc, 'Name', `${f.patient.givenName} ${f.patient.familyName}`);
  field(doc, 'NHS number', nhsNumber(f.patient.nhsNumber));
  field(doc, 'Date of birth', day(f.patient.dateOfBirth));
  section(doc, 'Question for the MDT');
  doc.text(printable(f.question));
}

function outcome(doc: PDFKit.PDFDocument, f: SignedCaseFacts): void {
  const v = f.signed.values;
  section(doc, 'Outcome');
  for (const [key, words] of codedWords(v)) field(doc, FIELD_LABELS[key], words);
  const treatments = treatmentWords(v);
  if (treatments.length) field(doc, FIELD_LABELS.plannedTreatments, treatments.join('; '));
  section(doc, 'Recommendation');
  doc.text(printable(v.recommendation ?? ''));
  section(doc, 'Actions');
  const actions = v.actions ?? [];
  if (!actions.length) doc.text('No actions.');
  for (const a of actions) {
    const owner = f.people.get(a.ownerUserId) ?? 'unknown';
    doc.text(printable(`• ${a.what} — ${owner}, by ${day(a.due)}${a.done ? ' (done)' : ''}`));
  }
}

function signature(doc: PDFKit.PDFDocument, f: SignedCaseFacts): void {
  const s = f.signed;
  section(doc, 'Signed off');
  field(doc, 'Signed by', `${s.signedBy.name} (chair), ${london(s.signedAt)}`);
  field(doc, 'Version', `${s.version} of ${f.versions}`);
  if (s.amendmentReason) field(doc, `Amends version ${s.version - 1}`, s.amendmentReason);
  if (f.present.length)
    field(doc, 'Present for the discussion', f.present.map((p) => `${p.name} (${roleWords(p.roles)})`).join('; '));
}

/** The outcome letter of a case's latest signed version, for the GP and referrer (and the notes). */
export function outcomeLetterPdf(f: SignedCaseFacts, now = new Date()): Promise<Buffer> {
  const { doc, bytes } = newDocument(`MDT outcome ${f.caseId} version ${f.signed.version}`);
  header(doc, f);
  patient(doc, f);
  outcome(doc, f);
  signature(doc, f);
  finish(doc, `MDT outcome ${f.caseId} v${f.signed.version}`, now);
  return bytes;
}
