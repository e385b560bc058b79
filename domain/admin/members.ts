import { auditActor, type Actor } from '../kernel/context';
import { requireId } from '../kernel/ids';
import { authoriseFound } from './authorise';
import type { AdminContext } from './context';
import { serviceOrganisation, userOrganisation } from './lookups';

type Membership = { serviceId: string; userId: string };

/** Both ids checked and both sides the admin's own: the service they run, and the account they manage. */
async function authorise(ctx: AdminContext, actor: Actor, m: Membership, userToo: boolean): Promise<Membership> {
  const serviceId = requireId(m.serviceId, 'service');
  const userId = requireId(m.userId, 'user');
  const target = { type: 'service', id: serviceId };
  await authoriseFound(ctx, actor, 'admin.services.manage', target, () => serviceOrganisation(ctx.db, serviceId));
  if (userToo) await authoriseFound(ctx, actor, 'admin.users.manage', target, () => userOrganisation(ctx.db, userId));
  return { serviceId, userId };
}

/**
 * Puts a member of staff on a service: its queue, clinic or MDT appears on their dashboard from
 * their next sign-in. Adding someone already there changes nothing and records nothing.
 */
export async function addMember(ctx: AdminContext, actor: Actor, membership: Membership): Promise<void> {
  const { serviceId, userId } = await authorise(ctx, actor, membership, true);
  await ctx.db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('service_members')
      .values({ service_id: serviceId, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    if (!added) return;
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'admin.service.member',
      resource: { type: 'service', id: serviceId },
      ip: actor.ip ?? null,
      details: { user_id: userId },
    });
  });
}

/**
 * Takes someone off a service the admin runs (they may belong to another organisation, as hub
 * staff do): its queue leaves their dashboard from their next sign-in.
 */
export async function removeMember(ctx: AdminContext, actor: Actor, membership: Membership): Promise<void> {
  const { serviceId, userId } = await authorise(ctx, actor, membership, false);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('service_members')
      .where('service_id', '=', serviceId)
      .where('user_id', '=', userId)
      .returning('user_id')
      .executeTakeFirst();
    if (!removed) return;
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'admin.service.member_removed',
      resource: { type: 'service', id: serviceId },
      ip: actor.ip ?? null,
      details: { user_id: userId },
    });
  });
}
