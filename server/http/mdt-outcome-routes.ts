import type { z } from 'zod';
import { MdtOutcomeRoutes as O, type FieldConflictAnswer } from '../../contracts/http/mdt-outcomes';
import { outcomeContext } from '../../domain/mdt/outcome-context';
import { exportMeetingSummary, exportOutcomeFhir, exportOutcomeLetter } from '../../domain/mdt/outcome-exports';
import { actionsOwnedBy, outcomeWithVersions } from '../../domain/mdt/outcome-read';
import { actorOf } from './actor';
import { sendDownload } from './file-transfer';
import { sendJson, serve } from './http-json';
import type { Route, RouteContext } from './route';

const ctxOf = (ctx: RouteContext) => outcomeContext(ctx.deps.db);

/** The MDT outcome API: each route takes who from the token and calls one use case, which authorises and audits. */
export const mdtOutcomeRoutes: Route[] = [
  serve(O.outcome, async (ctx, { reply }) => {
    const { caseId, draft, versions } = await outcomeWithVersions(ctxOf(ctx), await actorOf(ctx), ctx.params.id!);
    reply(200, { caseId, state: draft.state, amends: draft.amends, fields: draft.fields, versions });
  }),
  serve(O.editField, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { value, baseVersion } = await read();
    const input = { caseId: ctx.params.id!, field: ctx.params.field!, value, baseVersion };
    // Through the live meeting, so an edit from another system reaches every panel as typed ones do.
    const edit = await ctx.deps.mdtLive.editField(actor, input);
    if (edit.applied) return reply(200, { field: edit.field });
    const who = edit.conflict.editedBy?.name ?? 'someone else';
    const message = `${who} changed this field while you were editing it: yours was not saved`;
    const body = { error: { code: 'conflict' as const, message }, conflict: { ...edit.conflict, field: input.field } };
    sendJson(ctx.res, 409, body satisfies z.input<typeof FieldConflictAnswer>);
  }),
  serve(O.signOff, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    reply(200, await ctx.deps.mdtLive.signOff(actor, ctx.params.id!));
  }),
  serve(O.amend, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { reason } = await read();
    await ctx.deps.mdtLive.amend(actor, ctx.params.id!, reason);
    reply(200, { reopened: true });
  }),
  serve(O.letterPdf, async (ctx) => {
    const id = ctx.params.id!;
    const pdf = await exportOutcomeLetter(ctxOf(ctx), await actorOf(ctx), id);
    sendDownload(ctx.res, pdf, 'application/pdf', `mdt-outcome-${id}.pdf`);
  }),
  serve(O.fhir, async (ctx) => {
    const id = ctx.params.id!;
    const bundle = await exportOutcomeFhir(ctxOf(ctx), await actorOf(ctx), id);
    const body = Buffer.from(JSON.stringify(bundle, null, 2));
    sendDownload(ctx.res, body, 'application/fhir+json; charset=utf-8', `mdt-outcome-${id}.fhir.json`);
  }),
  serve(O.meetingSummary, async (ctx) => {
    const id = ctx.params.id!;
    const pdf = await exportMeetingSummary(ctxOf(ctx), await actorOf(ctx), id);
    sendDownload(ctx.res, pdf, 'application/pdf', `mdt-meeting-${id}.pdf`);
  }),
  serve(O.myActions, async (ctx, { reply }) => {
    reply(200, { actions: await actionsOwnedBy(ctxOf(ctx), await actorOf(ctx)) });
  }),
];
