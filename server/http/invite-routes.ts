import { InviteRoutes } from '../../contracts/http/invites';
import { ACCESS_COOKIE } from '../../signalling/token-from-request';
import { appendAudit } from '../../audit/audit-log';
import { checkInvite, redeemInvite } from '../../identity/invites';
import { createInvite, withdrawInvite } from '../../domain/invites/invites';
import { actorOf } from './actor';
import { cookie, serve } from './http-json';
import type { Route, RouteContext } from './route';

/** Invites are created and withdrawn by the domain, which authorises and audits (refusals too). */
const inviteContext = (ctx: RouteContext) => ({ db: ctx.deps.db, tokens: ctx.deps.tokens, audit: appendAudit });

export const inviteRoutes: Route[] = [
  serve(InviteRoutes.create, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const invite = await createInvite(inviteContext(ctx), actor, await read());
    // In the fragment, so the token stays out of server logs and Referer headers.
    const link = `${ctx.deps.publicUrl()}/join#invite=${invite.token}`;
    reply(201, { ...invite, link });
  }),
  serve(InviteRoutes.redeem, async (ctx, { read, reply }) => {
    const { token, name } = await read();
    const access = await redeemInvite(ctx.deps, token, name ?? null, { ip: ctx.ip });
    const maxAgeSeconds = (access.accessExpiresAt.getTime() - Date.now()) / 1000;
    const set = cookie(ACCESS_COOKIE, access.accessToken, {
      path: '/',
      maxAgeSeconds,
      secure: ctx.deps.secureCookies,
    });
    reply(200, access, [set]);
  }),
  // Side-effect free: the join page asks before showing any form, and the link is not used up.
  serve(InviteRoutes.check, async (ctx, { read, reply }) => {
    const { token } = await read();
    reply(200, await checkInvite(ctx.deps, token));
  }),
  serve(InviteRoutes.revoke, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    const jti = ctx.params.jti!.toLowerCase();
    await withdrawInvite(inviteContext(ctx), actor, jti);
    ctx.deps.grants.ended({ inviteId: jti, why: 'invite_revoked' });
    reply(200, { revoked: true });
  }),
];
