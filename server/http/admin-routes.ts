import { AdminRoutes as A } from '../../contracts/http/admin';
import { adminContext } from '../../domain/admin/context';
import { addMember, removeMember } from '../../domain/admin/members';
import { createOrganisation, listOrganisations } from '../../domain/admin/organisations';
import { createService, setOpeningHours } from '../../domain/admin/services';
import { listServices } from '../../domain/admin/service-list';
import { createUser, listUsers } from '../../domain/admin/users';
import { listAudit } from '../../domain/admin/audit-trail';
import { disableUser, enableUser, resetPassword, unlockUser } from '../../domain/admin/user-status';
import { actorOf } from './actor';
import { serve } from './http-json';
import type { Route, RouteContext } from './route';
import { auditFilter } from './admin-query';

/** Each route: who from the token, one use case (which authorises and audits), its answer. */
const ctxOf = (ctx: RouteContext) => adminContext(ctx.deps.db);

/** The admin pages' API: organisations, services and members, accounts, and the audit trail. */
export const adminRoutes: Route[] = [
  serve(A.organisations, async (ctx, { reply }) => {
    reply(200, { organisations: await listOrganisations(ctxOf(ctx), await actorOf(ctx)) });
  }),
  serve(A.createOrganisation, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const o = await createOrganisation(ctxOf(ctx), actor, await read());
    reply(201, { id: o.id, name: o.name, kind: o.kind, odsCode: o.ods_code });
  }),
  serve(A.services, async (ctx, { reply }) => {
    reply(200, { services: await listServices(ctxOf(ctx), await actorOf(ctx)) });
  }),
  serve(A.createService, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    reply(201, await createService(ctxOf(ctx), actor, await read()));
  }),
  serve(A.setHours, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { openingHours } = await read();
    reply(200, { openingHours: await setOpeningHours(ctxOf(ctx), actor, ctx.params.id!, openingHours) });
  }),
  serve(A.addMember, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { userId } = await read();
    await addMember(ctxOf(ctx), actor, { serviceId: ctx.params.id!, userId });
    reply(200, { added: true });
  }),
  serve(A.removeMember, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    await removeMember(ctxOf(ctx), actor, { serviceId: ctx.params.id!, userId: ctx.params.userId! });
    reply(200, { removed: true });
  }),
  serve(A.users, async (ctx, { reply }) => {
    reply(200, { users: await listUsers(ctxOf(ctx), await actorOf(ctx)) });
  }),
  serve(A.createUser, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    const { password, ...user } = await createUser(ctxOf(ctx), actor, await read());
    reply(201, { ...user, password });
  }),
  serve(A.disableUser, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    await disableUser(ctxOf(ctx), actor, ctx.params.id!);
    // Their open sockets close now, not when their token runs out.
    ctx.deps.grants.ended({ userId: ctx.params.id!.toLowerCase(), why: 'disabled' });
    reply(200, { disabled: true });
  }),
  serve(A.enableUser, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    await enableUser(ctxOf(ctx), actor, ctx.params.id!);
    reply(200, { enabled: true });
  }),
  serve(A.unlockUser, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    await unlockUser(ctxOf(ctx), actor, ctx.params.id!);
    reply(200, { unlocked: true });
  }),
  serve(A.resetPassword, async (ctx, { read, reply }) => {
    const actor = await actorOf(ctx);
    await read();
    reply(200, await resetPassword(ctxOf(ctx), actor, ctx.params.id!));
  }),
  serve(A.audit, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    reply(200, await listAudit(ctxOf(ctx), actor, auditFilter(ctx)));
  }),
];
