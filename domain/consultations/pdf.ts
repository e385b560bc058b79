import { createRequire } from 'node:module';
import { openSync } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { JsonObject } from '../../db/schema';
import type { ConsultationRecord, TimelineEntry } from './types';

/** How someone came into the consultation, in the record's words. */
const VIA: Record<string, string> = {
  link: 'by link',
  joined: 'stepping in from their service',
  directory: 'from the directory',
};

const london = (d: Date | null): string =>
  d ? d.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'medium' }) : '—';

/**
 * Noto Sans, embedded (subset to the characters used): it draws Latin with every accent (Welsh ŵ and
 * ŷ, Polish ł, Romanian ș), Greek and Cyrillic, where the standard PDF fonts stop at Windows-1252.
 */
const fontFile = (weight: string) =>
  createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
const REGULAR = fontFile('400Regular');
const BOLD = fontFile('700Bold');
let coverage: { hasGlyphForCodePoint(codePoint: number): boolean } | undefined;

/**
 * A character the font cannot draw (an emoji, a script it does not cover) is shown as "?", never as
 * an empty box or nothing. The FHIR export keeps the exact text.
 */
function printable(text: string): string {
  coverage ??= openSync(REGULAR);
  const font = coverage;
  return [...text].map((ch) => (ch === '\n' || font.hasGlyphForCodePoint(ch.codePointAt(0)!) ? ch : '?')).join('');
}

/** "care_home_staff" as a person would write it. */
const role = (r: string): string => r.replace(/_/g, ' ');

const str = (d: JsonObject, key: string): string => {
  const v = d[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

function describe(e: TimelineEntry): string {
  const d = e.details;
  switch (e.kind) {
    case 'arrived':
      return `Arrived in the waiting area (pre-call check ${d.precheck_passed ? 'passed' : 'not passed'})`;
    case 'admitted':
      return 'Admitted into the call';
    case 'held':
      return d.message ? `Put on hold: "${str(d, 'message')}"` : 'Put on hold';
    case 'transferred':
      return `Transferred to ${str(d, 'to_service')}`;
    case 'ended':
      return 'Consultation ended';
    case 'message_to_waiting':
      return `Message to the waiting area: "${str(d, 'text')}"`;
    case 'participant_added':
      return `${str(d, 'name')} joined (${role(str(d, 'guest_kind') || str(d, 'role'))}, ${VIA[str(d, 'via')] ?? 'from the directory'})`;
    case 'participant_left':
      return `${str(d, 'name')} left`;
    case 'file_shared':
      return `Shared ${str(d, 'filename')}`;
    case 'notes_updated':
      return 'Notes updated';
    case 'priority_changed':
      return `Priority changed from ${str(d, 'from')} to ${str(d, 'to')}`;
  }
}

const formatNhsNumber = (n: string): string => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
const size = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;

function header(doc: PDFKit.PDFDocument, r: ConsultationRecord): void {
  doc.font('bold').fontSize(20).text('Video consultation record');
  doc.font('body').fontSize(12).text(printable(r.service.name)).moveDown(0.5);
  const boxTop = doc.y;
  doc
    .rect(doc.page.margins.left, boxTop, doc.page.width - doc.page.margins.left - doc.page.margins.right, 24)
    .stroke('#005eb8');
  doc.font('bold').fontSize(11).fillColor('#005eb8');
  doc.text('Nothing was recorded (no audio or video).', doc.page.margins.left + 8, boxTop + 7);
  doc
    .fillColor('black')
    .font('body')
    .fontSize(10)
    .text('', doc.page.margins.left, boxTop + 32);
}

function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('bold').text(`${label}: `, { continued: true }).font('body').text(printable(value));
}

function section(doc: PDFKit.PDFDocument, title: string): void {
  doc.moveDown(0.8).font('bold').fontSize(13).text(title).font('body').fontSize(10).moveDown(0.2);
}

function summary(doc: PDFKit.PDFDocument, r: ConsultationRecord): void {
  const c = r.consultation;
  section(doc, 'Patient');
  if (r.patient) {
    field(doc, 'Name', `${r.patient.givenName} ${r.patient.familyName}`);
    field(doc, 'NHS number', r.patient.nhsNumber ? formatNhsNumber(r.patient.nhsNumber) : 'not known');
    field(doc, 'Date of birth', r.patient.dateOfBirth);
  } else {
    const guest = r.participants.find((p) => p.kind === 'guest');
    doc.text(
      printable(
        `Not identified in Convene. Joined by link as "${guest?.name ?? 'unknown'}" (${guest?.role ?? 'guest'}).`,
      ),
    );
  }
  section(doc, 'Consultation');
  field(doc, 'Status', c.status.replace('_', ' '));
  field(doc, 'Reason', c.reason ?? 'not given');
  field(doc, 'Started', london(c.createdAt));
  field(doc, 'First admitted', london(c.admittedAt));
  field(doc, 'Ended', london(c.endedAt));
  if (c.precheck) field(doc, 'Pre-call check', `${c.precheck.passed ? 'passed' : 'not passed'}: ${c.precheck.summary}`);
}

function lists(doc: PDFKit.PDFDocument, r: ConsultationRecord): void {
  section(doc, 'Timeline');
  for (const e of r.timeline) {
    const by = e.actorName ? ` — ${e.actorName}${e.actorRole ? ` (${role(e.actorRole)})` : ''}` : '';
    doc.text(printable(`${london(e.at)}  ${describe(e)}${by}`));
  }
  section(doc, 'Participants');
  for (const p of r.participants) {
    const left = p.leftAt ? `, left ${london(p.leftAt)}` : '';
    doc.text(
      printable(
        `${p.name} — ${role(p.role)}${p.kind === 'guest' ? ', by link' : ''} — joined ${london(p.joinedAt)}${left}`,
      ),
    );
  }
  section(doc, 'Chat');
  if (!r.chat.length) doc.text('No messages.');
  for (const m of r.chat) doc.text(printable(`${london(m.sentAt)}  ${m.from}: ${m.body}`));
  section(doc, 'Files shared');
  if (!r.files.length) doc.text('No files.');
  for (const f of r.files) {
    doc.text(
      printable(`${f.filename} — ${f.contentType}, ${size(f.sizeBytes)} — shared by ${f.from}, ${london(f.sharedAt)}`),
    );
    doc.fontSize(8).fillColor('#4c6272').text(`SHA-256 ${f.sha256}`).fontSize(10).fillColor('black');
  }
  section(doc, "Clinician's notes");
  doc.text(r.notes ? printable(r.notes.text) : 'No notes were written.');
  if (r.notes?.updatedAt)
    doc.fontSize(8).text(printable(`Last updated ${london(r.notes.updatedAt)} by ${r.notes.updatedBy ?? 'unknown'}`));
}

function footers(doc: PDFKit.PDFDocument, r: ConsultationRecord, now: Date): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc.fontSize(8).fillColor('#4c6272');
    doc.text(
      `Consultation ${r.consultation.id} — produced by Convene ${london(now)} — page ${i + 1} of ${range.count}`,
      doc.page.margins.left,
      doc.page.height - 30,
      { lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
}

/** The consultation record as a PDF for the patient's notes or a referral letter. */
export function recordPdf(r: ConsultationRecord, now = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    info: { Title: `Video consultation record ${r.consultation.id}`, Producer: 'Convene', Creator: 'Convene' },
  });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('body');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, r);
  summary(doc, r);
  lists(doc, r);
  footers(doc, r, now);
  doc.end();
  return done;
}
