import { MdtRoutes as M } from '../../contracts/http/mdt';
import { attachToCase, listAttachments, readAttachment } from '../../domain/mdt/attachments';
import { addCase, editCase } from '../../domain/mdt/case-list';
import { markNotDiscussed, rollOverCase } from '../../domain/mdt/case-moves';
import { reorderCases } from '../../domain/mdt/case-order';
import { mdtContext } from '../../domain/mdt/mdt-context';
import { configureMdt, readMdtSettings } from '../../domain/mdt/mdt-settings';
import { listMyMeetings, scheduleMeeting } from '../../domain/mdt/meetings';
import { readMeeting } from '../../domain/mdt/meeting-view';
import { meetingAttendance } from '../../domain/mdt/meeting-attendance';
import { actorOf } from './actor';
import { serve } from './http-json';
import { readUpload, sendDownload, uploadName } from './file-transfer';
import type { Route, RouteContext } from './route';

/** Each route: who from the token, one use case (which authorises and audits), its answer. */
const ctxOf = (ctx: RouteContext) => mdtContext(ctx.deps.db);

/** MDT set-up over HTTP: for the coordinator's pages and for other systems loading case lists. */
export const mdtRoutes: Route[] = [
  serve(M.settings, async (ctx, { reply }) => {
    reply(200, await readMdtSettings(ctxOf(ctx), await actorOf(ctx), ctx.params.id!));
  }),
  serve(M.configure, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    reply(200, await configureMdt(ctxOf(ctx), actor, ctx.params.id!, await read()));
  }),
  serve(M.meetings, async (ctx, { reply }) => {
    reply(200, await listMyMeetings(ctxOf(ctx), await actorOf(ctx)));
  }),
  serve(M.schedule, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    reply(201, await scheduleMeeting(ctxOf(ctx), actor, await read()));
  }),
  serve(M.meeting, async (ctx, { reply }) => {
    reply(200, await readMeeting(ctxOf(ctx), await actorOf(ctx), ctx.params.id!));
  }),
  serve(M.attendance, async (ctx, { reply }) => {
    reply(200, await meetingAttendance(ctxOf(ctx), await actorOf(ctx), ctx.params.id!));
  }),
  serve(M.addCase, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    reply(201, await addCase(ctxOf(ctx), actor, ctx.params.id!, await read()));
  }),
  serve(M.editCase, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    reply(200, await editCase(ctxOf(ctx), actor, ctx.params.id!, await read()));
  }),
  serve(M.reorder, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { caseIds } = await read();
    reply(200, { cases: await reorderCases(ctxOf(ctx), actor, ctx.params.id!, caseIds) });
  }),
  serve(M.rollOver, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    reply(200, await rollOverCase(ctxOf(ctx), actor, ctx.params.id!));
  }),
  serve(M.notDiscussed, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    reply(200, await markNotDiscussed(ctxOf(ctx), actor, ctx.params.id!));
  }),
  serve(M.attach, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    const filename = uploadName(ctx, M.attach.query);
    const bytes = await readUpload(ctx.req, ctx.res);
    reply(201, await attachToCase(ctxOf(ctx), actor, ctx.params.id!, { filename, bytes }));
  }),
  serve(M.attachments, async (ctx, { reply }) => {
    reply(200, { attachments: await listAttachments(ctxOf(ctx), await actorOf(ctx), ctx.params.id!) });
  }),
  serve(M.attachment, async (ctx) => {
    const file = await readAttachment(ctxOf(ctx), await actorOf(ctx), ctx.params.id!);
    sendDownload(ctx.res, file.bytes, file.contentType, file.filename);
  }),
];
