import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { MAX_FILE_BYTES } from '../../domain/consultations/files';
import { HttpError } from './http-json';
import type { RouteContext } from './route';

/**
 * Files in and out of the API, held to one set of rules wherever they are shared (a consultation's
 * files, an MDT case's attachments, the PDF and FHIR exports).
 *
 * Raw upload types only. A cross-site form can send only form encodings or text/plain without a
 * CORS preflight (which this server never grants), so requiring these keeps other sites out.
 */
const UPLOAD_TYPES = new Set(['application/octet-stream', 'image/png', 'image/jpeg', 'application/pdf']);

/** The upload's name, from `?filename=` checked by the route's query schema: the body is the file itself. */
export function uploadName(ctx: RouteContext, query: z.ZodType<{ filename: string }>): string {
  const filename = new URL(ctx.req.url ?? '/', 'http://localhost').searchParams.get('filename') ?? '';
  const parsed = query.safeParse({ filename });
  if (!parsed.success) throw new HttpError(400, 'bad_request', parsed.error.issues[0]?.message ?? 'name the file');
  return parsed.data.filename;
}

/** Reads the body, refusing as soon as it passes the limit rather than after holding all of it. */
export async function readUpload(req: IncomingMessage, res: ServerResponse): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!UPLOAD_TYPES.has(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'send the file itself as the body (application/octet-stream)');
  }
  const tooLarge = () => {
    // The rest of an oversized body is not worth reading: the connection closes after the answer.
    res.setHeader('connection', 'close');
    return new HttpError(413, 'too_large', `a file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  };
  if (Number(req.headers['content-length'] ?? 0) > MAX_FILE_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Sends bytes for download only: never rendered inline, never sniffed into HTML, scripts sandboxed,
 * kept out of shared caches (they carry patient data).
 */
export function sendDownload(res: ServerResponse, body: Buffer, contentType: string, filename: string): void {
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': String(body.length),
    'content-disposition': attachment(filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'private, no-store',
  });
  res.end(body);
}
