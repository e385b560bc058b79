import { z } from 'zod';
import { GUEST_KINDS, INVITE_SCOPES, type InviteScope } from '../../db/schema';
import { ACCESS_COOKIE } from '../../signalling/token-from-request';
import { may, type Identity } from '../../access/authorize';
import { issueInvite, redeemInvite, revokeInvite } from '../../identity/invites';
import { consultationResource, serviceResource } from '../../access/resources';
import { authenticate } from './authenticate';
import { cookie, HttpError, readJson, sendJson } from './http-json';
import type { Route, RouteContext } from './route';

const Scope = z.object({ kind: z.enum(INVITE_SCOPES), id: z.uuid() });
const CreateBody = z.object({
  scope: Scope,
  guestKind: z.enum(GUEST_KINDS),
  displayName: z.string().trim().min(1).max(80).optional(),
  appointmentId: z.uuid().optional(),
  window: z.object({ start: z.coerce.date(), end: z.coerce.date() }).optional(),
  expiresAt: z.coerce.date().optional(),
  singleUse: z.boolean().optional(),
});
const RedeemBody = z.object({
  token: z.string().min(1).max(4096),
  name: z.string().trim().min(1).max(80).optional(),
});
const Empty = z.object({}).strict();

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
  {
    method: 'POST',
    path: '/api/invites',
    async handle(ctx) {
      const { claims, identity } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
      const req = await readJson(ctx.req, CreateBody);
      await authorise(ctx, identity, 'invite.create', req.scope);
      const invite = await issueInvite(ctx.deps, req, { id: claims.sub, role: claims.role }, { ip: ctx.ip });
      // In the fragment, so the token stays out of server logs and Referer headers.
      const link = `${ctx.deps.publicUrl()}/join#invite=${invite.token}`;
      sendJson(ctx.res, 201, { ...invite, link });
    },
  },
  {
    method: 'POST',
    path: '/api/invites/redeem',
    async handle(ctx) {
      const { token, name } = await readJson(ctx.req, RedeemBody);
      const access = await redeemInvite(ctx.deps, token, name ?? null, { ip: ctx.ip });
      const maxAgeSeconds = (access.accessExpiresAt.getTime() - Date.now()) / 1000;
      const set = cookie(ACCESS_COOKIE, access.accessToken, {
        path: '/',
        maxAgeSeconds,
        secure: ctx.deps.secureCookies,
      });
      sendJson(ctx.res, 200, access, [set]);
    },
  },
  {
    method: 'POST',
    path: '/api/invites/:jti/revoke',
    async handle(ctx) {
      const { claims, identity } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
      await readJson(ctx.req, Empty);
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
      sendJson(ctx.res, 200, { revoked: true });
    },
  },
];
