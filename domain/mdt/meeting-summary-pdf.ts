import { attendanceSection, caseAttendanceLines } from './attendance-pdf';
import type { MeetingAttendance } from './meeting-attendance';
import type { SignedVersion } from './outcome-versions';
import { field, finish, london, newDocument, nhsNumber, printable, section } from './outcome-pdf-kit';
import { codedWords, treatmentWords } from './outcome-words';
import { FIELD_LABELS } from '../../contracts/mdt-outcome';

/** A meeting's list as the summary prints it: each case with its latest signed outcome, if any, and attendance. */
export interface MeetingSummaryFacts {
  meeting: { id: string; title: string; startsAt: Date; serviceName: string; chairName: string | null };
  attendance: MeetingAttendance;
  cases: {
    id: string;
    position: number;
    patientName: string;
    nhsNumber: string | null;
    question: string;
    /** Whether a draft is open (being written, or reopened for an amendment) beside any signed version. */
    draftOpen: boolean;
    signed: SignedVersion | null;
  }[];
}

function caseEntry(doc: PDFKit.PDFDocument, f: MeetingSummaryFacts, c: MeetingSummaryFacts['cases'][number]): void {
  section(doc, `${c.position}. ${c.patientName} — NHS number ${nhsNumber(c.nhsNumber)}`);
  field(doc, 'Question', c.question);
  caseAttendanceLines(
    doc,
    f.attendance.cases.find((a) => a.caseId === c.id),
    f.meeting.startsAt,
  );
  if (!c.signed) {
    doc.text(c.draftOpen ? 'Outcome not signed off yet (draft in progress).' : 'No outcome recorded.');
    return;
  }
  const v = c.signed.values;
  for (const [key, words] of codedWords(v)) field(doc, FIELD_LABELS[key], words);
  const treatments = treatmentWords(v);
  if (treatments.length) field(doc, FIELD_LABELS.plannedTreatments, treatments.join('; '));
  field(doc, 'Recommendation', v.recommendation ?? '');
  field(doc, 'Actions', String((v.actions ?? []).length));
  const amended = c.signed.amendmentReason ? `, amending version ${c.signed.version - 1}` : '';
  field(
    doc,
    'Signed',
    `version ${c.signed.version}${amended}, by ${c.signed.signedBy.name}, ${london(c.signed.signedAt)}`,
  );
  if (c.draftOpen) doc.text('An amendment is in progress and not yet signed.');
}

/** The meeting's summary: who was in its call, its cases, who was there for each, and their outcomes. */
export function meetingSummaryPdf(f: MeetingSummaryFacts, now = new Date()): Promise<Buffer> {
  const { doc, bytes } = newDocument(`MDT meeting summary ${f.meeting.id}`);
  doc.font('bold').fontSize(20).text('MDT meeting summary');
  doc
    .font('body')
    .fontSize(12)
    .text(printable(`${f.meeting.serviceName} — ${f.meeting.title}`))
    .fontSize(10);
  doc.moveDown(0.5);
  field(doc, 'Meeting', london(f.meeting.startsAt));
  field(doc, 'Chair', f.meeting.chairName ?? 'not set');
  field(doc, 'Cases', String(f.cases.length));
  section(doc, 'Attendance and quorum');
  attendanceSection(doc, f.attendance, f.meeting.startsAt);
  for (const c of f.cases) caseEntry(doc, f, c);
  if (!f.cases.length) doc.moveDown().text('No cases were listed.');
  finish(doc, `MDT meeting ${f.meeting.id}`, now);
  return bytes;
}
