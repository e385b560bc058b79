import type { IncomingMessage, ServerResponse } from 'node:http';
import { MdtRoutes } from '../../contracts/http/mdt';
import { MAX_FILE_BYTES } from '../../domain/consultations/files';
import { HttpError } from './http-json';
import type { RouteContext } from './route';

/**
 * An MDT attachment's bytes in and out, held to the same rules as consultation files: raw upload
 * types only (a cross-site form cannot send them without a preflight this server never grants),
 * refused as soon as the body passes the limit, and sent back only as a download.
 */
const UPLOAD_TYPES = new Set(['application/octet-stream', 'image/png', 'image/jpeg', 'application/pdf']);

/** The upload's name, from `?filename=`: the body is the file itself. */
export function attachmentName(ctx: RouteContext): string {
  const filename = new URL(ctx.req.url ?? '/', 'http://localhost').searchParams.get('filename') ?? '';
  const query = MdtRoutes.attach.query.safeParse({ filename });
  if (!query.success) throw new HttpError(400, 'bad_request', query.error.issues[0]?.message ?? 'name the file');
  return query.data.filename;
}

/** Reads the body as the file, stopping at the size limit rather than holding an oversized upload. */
export async function readAttachmentUpload(req: IncomingMessage, res: ServerResponse): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!UPLOAD_TYPES.has(type))
    throw new HttpError(415, 'unsupported_media_type', 'send the file itself as the body (application/octet-stream)');
  const tooLarge = () => {
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

/** Sends an attachment for download only: never rendered inline, never sniffed, scripts sandboxed. */
export function sendAttachment(res: ServerResponse, file: { filename: string; contentType: string; bytes: Buffer }) {
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': String(file.bytes.length),
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'private, no-store',
  });
  res.end(file.bytes);
}
