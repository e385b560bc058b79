import { inflateSync } from 'node:zlib';

/** The Windows-1252 codes the standard PDF fonts use where Latin-1 has control characters. */
const CP1252: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};

function decode(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  return [...bytes].map((b) => CP1252[b] ?? String.fromCharCode(b)).join('');
}

/**
 * The text a PDF shows, line by line: every content stream inflated, every text-showing array
 * (`[<hex> kerning <hex>] TJ`, as pdfkit writes them) decoded. Enough to read back what Convene
 * wrote, not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not a compressed content stream (e.g. a font's metrics)
    }
    for (const tj of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ/g)) {
      lines.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1]!)).join(''));
    }
  }
  return lines;
}
