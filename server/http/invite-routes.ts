import { z } from 'zod';
import { InviteRoutes } from '../../contracts/http/invites';
import type { InviteScope } from '../../contracts/vocabulary';
import { ACCESS_COOKIE } from '../../signalling/token-from-request';
import { may, type Identity } from '../../access/authorize';
import { issueInvite, redeemInvite, revokeInvite } from '../../identity/invites';
import { consultationResource, serviceResource } from '../../access/resources';
import { authenticate } from './authenticate';
import { cookie, HttpError, serve } from './http-json';
import type { Route, RouteContext } from './route';

/** Refuses unless `identity` may act on the consultation or service an invite is for. */
async function authorise(
  ctx: RouteContext,
  identity: Identity,
  action: 'invite.create' | 'invite.revoke',
  scope: { kind: InviteScope; id: string },
): Promise<void> {
  const resource =
    scope.kind === 'consultation'
      ? await consultationResource(ctx.deps.db, scope.id)
      : await serviceResource(ctx.deps.db, scope.id);
  if (!resource) throw new HttpError(404, 'not_found', `there is no such ${scope.kind}`);
  const decision = may(identity, action, resource);
  if (!decision.allowed) throw new HttpError(403, 'forbidden', decision.reason);
}

export const inviteRoutes: Route[] = [
  serve(InviteRoutes.create, async (ctx, { read, reply }) => {
    const { claims, identity } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
    const req = await read();
    await authorise(ctx, identity, 'invite.create', req.scope);
    const invite = await issueInvite(ctx.deps, req, { id: claims.sub, role: claims.role }, { ip: ctx.ip });
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
  serve(InviteRoutes.revoke, async (ctx, { read, reply }) => {
    const { claims, identity } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
    await read();
    const jti = z.uuid().safeParse(ctx.params.jti);
    const invite = jti.success
      ? await ctx.deps.db
          .selectFrom('invites')
          .select(['scope_kind', 'scope_id'])
          .where('jti', '=', jti.data)
          .executeTakeFirst()
      : undefined;
    if (!jti.success || !invite) throw new HttpError(404, 'not_found', 'there is no such invite');
    await authorise(ctx, identity, 'invite.revoke', { kind: invite.scope_kind, id: invite.scope_id });
    await revokeInvite(ctx.deps, jti.data, { id: claims.sub, role: claims.role }, { ip: ctx.ip });
    ctx.deps.grants.ended({ inviteId: jti.data, why: 'invite_revoked' });
    reply(200, { revoked: true });
  }),
];
