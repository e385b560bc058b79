/**
 * What a shared file really is, from its bytes: a picture (PNG, JPEG) or a PDF, and nothing else.
 * The name a browser sends is a claim, not evidence; a file that is not what it claims is refused.
 */
export type SharedFileType = 'image/png' | 'image/jpeg' | 'application/pdf';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1');

function isPng(bytes: Uint8Array): boolean {
  // Signature, then the IHDR chunk first, and the IEND chunk (with its fixed CRC) last.
  return (
    startsWith(bytes, PNG_SIGNATURE) && ascii(bytes, 12, 16) === 'IHDR' && startsWith(bytes, PNG_IEND, bytes.length - 8)
  );
}

function isJpeg(bytes: Uint8Array): boolean {
  // Start-of-image marker followed by another marker (APPn, DQT, SOF…).
  return bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

function isPdf(bytes: Uint8Array): boolean {
  // The header at the very start (no leading junk, which is how polyglot files hide) and an end marker.
  return (
    ascii(bytes, 0, 5) === '%PDF-' && ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF')
  );
}

export function sniffType(bytes: Uint8Array): SharedFileType | null {
  if (isPng(bytes)) return 'image/png';
  if (isJpeg(bytes)) return 'image/jpeg';
  if (isPdf(bytes)) return 'application/pdf';
  return null;
}

const EXTENSIONS: Record<string, SharedFileType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  pdf: 'application/pdf',
};

/** The type a file name claims by its extension, or null when it claims none we know. */
export function claimedType(filename: string): SharedFileType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || null;
}

/** The extension each shared type is saved under when its name says otherwise. */
const CANONICAL_EXTENSION: Record<SharedFileType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
};

/**
 * A name safe to store, show and put in a Content-Disposition header: no path, no control or
 * bidirectional-override characters (`scan\u202Egnp.exe` would display as `scanexe.png`), and
 * an extension that matches what the bytes are, so nobody opens a picture saved as `.exe`.
 */
export function cleanFilename(filename: string, type?: SharedFileType): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f-\u009f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(-200);
  const name = clean && !/^\.+$/.test(clean) ? clean : 'file';
  if (!type || claimedType(name) === type) return name;
  // A short extension that names another type is replaced; anything else keeps its name and gains one.
  const stem = name.replace(/\.[a-z0-9]{1,5}$/i, '') || 'file';
  return `${stem}.${CANONICAL_EXTENSION[type]}`;
}
