import { MdtExternalRoutes as X } from '../../contracts/http/mdt-external';
import { mdtContext } from '../../domain/mdt/mdt-context';
import { inviteExternal } from '../../domain/mdt/external/invites';
import { listExternalInvites, withdrawExternal } from '../../domain/mdt/external/manage';
import { readOnScreen } from '../../domain/mdt/live/on-screen';
import { actorOf } from './actor';
import { serve } from './http-json';
import type { Route, RouteContext } from './route';

/** The MDT context with the token service, which signs the links. */
const ctxOf = (ctx: RouteContext) => ({ ...mdtContext(ctx.deps.db), tokens: ctx.deps.tokens });

/** External clinicians at an MDT meeting: their links (made, listed, withdrawn), and the case on screen. */
export const mdtExternalRoutes: Route[] = [
  serve(X.invite, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { token, ...invite } = await inviteExternal(ctxOf(ctx), actor, ctx.params.id!, await read());
    // In the fragment, so the token stays out of server logs and Referer headers.
    reply(201, { ...invite, link: `${ctx.deps.publicUrl()}/mdt/join#invite=${token}` });
  }),
  serve(X.invites, async (ctx, { reply }) => {
    reply(200, { invites: await listExternalInvites(ctxOf(ctx), await actorOf(ctx), ctx.params.id!) });
  }),
  serve(X.withdraw, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    const jti = ctx.params.jti!.toLowerCase();
    await withdrawExternal(ctxOf(ctx), actor, jti);
    // Their sockets close at once, which takes them out of the call (and ends their attendance).
    ctx.deps.grants.ended({ inviteId: jti, why: 'invite_revoked' });
    reply(200, { revoked: true });
  }),
  serve(X.onScreen, async (ctx, { reply }) => {
    reply(200, await readOnScreen(ctxOf(ctx), await actorOf(ctx), ctx.params.id!));
  }),
];
