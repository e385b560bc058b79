import { ConsultationRoutes as C } from '../../contracts/http/consultations';
import { actorOf } from './actor';
import { readUpload, sendDownload, uploadName } from './file-transfer';
import { serve } from './http-json';
import type { Route } from './route';

export const consultationRoutes: Route[] = [
  serve(C.upload, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    const filename = uploadName(ctx, C.upload.query);
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
