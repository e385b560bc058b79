import { createRequire } from 'node:module';
import { openSync } from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * The MDT documents' typography, as the consultation record's: Noto Sans embedded (subset), so
 * names like "Zoë Ødegård", Welsh and Polish letters, Greek and Cyrillic print as written; anything
 * the font cannot draw prints as "?", never as an empty box.
 */
const fontFile = (weight: string) =>
  createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
const REGULAR = fontFile('400Regular');
const BOLD = fontFile('700Bold');
let coverage: { hasGlyphForCodePoint(codePoint: number): boolean } | undefined;

/** The text with every character the font lacks replaced by "?". */
export function printable(text: string): string {
  coverage ??= openSync(REGULAR);
  const font = coverage;
  return [...text].map((ch) => (ch === '\n' || font.hasGlyphForCodePoint(ch.codePointAt(0)!) ? ch : '?')).join('');
}

/** A time as people in England read it. */
export const london = (d: Date): string =>
  d.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date ("2026-12-03") as "3 Dec 2026". */
export const day = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', dateStyle: 'medium' });

/** "4857773456" as "485 777 3456". */
export const nhsNumber = (n: string | null): string =>
  n ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : 'not known';

/** A bold label and its value on one line. */
export function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('bold').text(`${label}: `, { continued: true }).font('body').text(printable(value));
}

/** A section heading. */
export function section(doc: PDFKit.PDFDocument, title: string): void {
  doc.moveDown(0.8).font('bold').fontSize(13).text(printable(title)).font('body').fontSize(10).moveDown(0.2);
}

/** An A4 document with the fonts registered, and the bytes once `doc.end()` is called. */
export function newDocument(title: string): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    info: { Title: title, Producer: 'Convene', Creator: 'Convene' },
  });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('body').fontSize(10);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** A footer on every page: what the document is, when it was made, page n of m. Then ends it. */
export function finish(doc: PDFKit.PDFDocument, what: string, now: Date): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc.fontSize(8).fillColor('#4c6272');
    doc.text(
      `${what} — produced by Convene ${london(now)} — page ${i + 1} of ${range.count}`,
      50,
      doc.page.height - 30,
      {
        lineBreak: false,
      },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}
