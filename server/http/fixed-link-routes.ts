import QRCode from 'qrcode';
import { FixedLinkRoutes } from '../../contracts/http/fixed-links';
import { appendAudit } from '../../audit/audit-log';
import { arriveByFixedLink } from '../../domain/invites/fixed-link-arrival';
import { fixedLinkStatus } from '../../domain/invites/fixed-link-status';
import { fixedLinkOf, setFixedLink, type FixedLinkState } from '../../domain/invites/fixed-links';
import { actorOf } from './actor';
import { serve } from './http-json';
import type { Route, RouteContext } from './route';

const inviteContext = (ctx: RouteContext) => ({ db: ctx.deps.db, tokens: ctx.deps.tokens, audit: appendAudit });

/** The address to print and its QR code, rendered here so the page ships no QR encoder for it. */
async function shown(ctx: RouteContext, state: FixedLinkState) {
  if (!state.linkId) return { ...state, link: null, qrSvg: null };
  const link = `${ctx.deps.publicUrl()}/join/s/${state.linkId}`;
  const qrSvg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { ...state, link, qrSvg };
}

/** A service's published waiting-area link: staff see and switch it; anyone may arrive by it. */
export const fixedLinkRoutes: Route[] = [
  serve(FixedLinkRoutes.get, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    reply(200, await shown(ctx, await fixedLinkOf(inviteContext(ctx), actor, ctx.params.serviceId!)));
  }),
  serve(FixedLinkRoutes.set, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { on } = await read();
    reply(200, await shown(ctx, await setFixedLink(inviteContext(ctx), actor, ctx.params.serviceId!, on)));
  }),
  // Unsigned and read-only: the page asks before its form; it counts no arrival, so no rate limit applies.
  serve(FixedLinkRoutes.status, async (ctx, { reply }) => {
    reply(200, await fixedLinkStatus({ db: ctx.deps.db }, ctx.params.linkId!));
  }),
  serve(FixedLinkRoutes.arrive, async (ctx, { read, reply }) => {
    const arrival = await arriveByFixedLink(inviteContext(ctx), ctx.params.linkId!, await read(), { ip: ctx.ip });
    reply(201, arrival);
  }),
];
