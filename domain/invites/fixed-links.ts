import { may } from '../../access/authorize';
import { serviceResource } from '../../access/resources';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import type { InviteContext } from './invites';

/** A service's fixed link as staff see it: whether it is on, and its public id for the address and QR code. */
export interface FixedLinkState {
  serviceId: string;
  linkId: string | null;
}

/**
 * Publishing a waiting-area link is sending an invite to whoever holds it, so the same staff who may
 * send links to the service (`invite.create` on it) may see it and turn it on or off.
 */
async function authorise(ctx: InviteContext, actor: Actor, serviceId: string, action: string): Promise<string> {
  const id = requireId(serviceId, 'service');
  const service = await serviceResource(ctx.db, id);
  if (!service) throw new DomainError('not_found', 'there is no such service');
  const decision = may(actor.identity, 'invite.create', service);
  if (!decision.allowed) await refuse(ctx, actor, action, { type: 'service', id }, decision.reason);
  return id;
}

async function activeLink(ctx: InviteContext, serviceId: string): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('fixed_links')
    .select('id')
    .where('service_id', '=', serviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Staff see whether their service's fixed link is on, to show it, print its QR code or turn it off. */
export async function fixedLinkOf(ctx: InviteContext, actor: Actor, serviceId: string): Promise<FixedLinkState> {
  const id = await authorise(ctx, actor, serviceId, 'fixed_link.read');
  return { serviceId: id, linkId: await activeLink(ctx, id) };
}

/**
 * Turns the fixed link on or off. Off withdraws it for good (a printed QR code stops working);
 * on again publishes a new one. People already waiting stay in the queue either way.
 */
export async function setFixedLink(ctx: InviteContext, actor: Actor, serviceId: string, on: boolean) {
  const id = await authorise(ctx, actor, serviceId, on ? 'fixed_link.on' : 'fixed_link.off');
  const now = ctx.now?.() ?? new Date();
  const linkId = await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('fixed_links')
      .select('id')
      .where('service_id', '=', id)
      .where('revoked_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (on === !!current) return current?.id ?? null;
    const row = current
      ? await trx
          .updateTable('fixed_links')
          .set({ revoked_at: now, revoked_by: actor.identity.id })
          .where('id', '=', current.id)
          .returning('id')
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('fixed_links')
          .values({ service_id: id, created_by: actor.identity.id })
          .returning('id')
          .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: on ? 'fixed_link.on' : 'fixed_link.off',
      resource: { type: 'fixed_link', id: row.id },
      ip: actor.ip ?? null,
      details: { service_id: id },
    });
    return on ? row.id : null;
  });
  return { serviceId: id, linkId } satisfies FixedLinkState;
}
