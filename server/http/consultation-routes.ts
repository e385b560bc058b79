import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConsultationRoutes as C } from '../../contracts/http/consultations';
import { MAX_FILE_BYTES } from '../../domain/consultations/files';
import { actorOf } from './actor';
import { HttpError, serve } from './http-json';
import type { Route, RouteContext } from './route';

/**
 * Raw upload types only. A cross-site form can send only form encodings or text/plain without a
 * CORS preflight (which this server never grants), so requiring these keeps other sites out.
 */
const UPLOAD_TYPES = new Set(['application/octet-stream', 'image/png', 'image/jpeg', 'application/pdf']);

/** Reads the body, refusing as soon as it passes the limit rather than after holding all of it. */
async function readUpload(req: IncomingMessage, res: ServerResponse): Promise<Buffer> {
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

/** Sends bytes for download only: never rendered inline, never sniffed into HTML, scripts sandboxed. */
function sendDownload(res: ServerResponse, body: Buffer, contentType: string, filename: string): void {
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

/** The upload's name, from `?filename=`: the body is the file itself. */
function uploadName(ctx: RouteContext): string {
  const filename = new URL(ctx.req.url ?? '/', 'http://localhost').searchParams.get('filename') ?? '';
  const query = C.upload.query.safeParse({ filename });
  if (!query.success) throw new HttpError(400, 'bad_request', query.error.issues[0]?.message ?? 'name the file');
  return query.data.filename;
}

export const consultationRoutes: Route[] = [
  serve(C.upload, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    const filename = uploadName(ctx);
    const bytes = await readUpload(ctx.req, ctx.res);
    reply(201, await ctx.deps.consultations.attachFile(actor, ctx.params.id!, { filename, bytes }));
  }),
  serve(C.file, async (ctx) => {
    const file = await ctx.deps.consultations.readFile(await actorOf(ctx), ctx.params.id!);
    sendDownload(ctx.res, file.bytes, file.contentType, file.filename);
  }),
  serve(C.record, async (ctx, { reply }) => {
    reply(200, await ctx.deps.consultations.record(await actorOf(ctx), ctx.params.id!));
  }),
  serve(C.notes, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { text } = await read();
    reply(200, await ctx.deps.consultations.setNotes(actor, ctx.params.id!, text));
  }),
  serve(C.exportPdf, async (ctx) => {
    const id = ctx.params.id!;
    const pdf = await ctx.deps.consultations.exportPdf(await actorOf(ctx), id);
    sendDownload(ctx.res, pdf, 'application/pdf', `consultation-${id}.pdf`);
  }),
  serve(C.exportFhir, async (ctx) => {
    const id = ctx.params.id!;
    const bundle = await ctx.deps.consultations.exportFhirBundle(await actorOf(ctx), id);
    const body = Buffer.from(JSON.stringify(bundle, null, 2));
    sendDownload(ctx.res, body, 'application/fhir+json; charset=utf-8', `consultation-${id}.fhir.json`);
  }),
  serve(C.directory, async (ctx, { reply }) => {
    reply(200, { staff: await ctx.deps.consultations.directory(await actorOf(ctx)) });
  }),
];
