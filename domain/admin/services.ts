import type { OpeningHours, ServiceKind } from '../../db/schema';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { authoriseFound, authoriseIn } from './authorise';
import type { AdminContext } from './context';
import { serviceOrganisation } from './lookups';
import { checkedOpeningHours } from './opening-hours';

/** A new queue, clinic or MDT in the admin's own organisation; always open unless hours are given. */
export async function createService(
  ctx: AdminContext,
  actor: Actor,
  input: { name: string; kind: ServiceKind; openingHours?: unknown },
): Promise<{ id: string; name: string; kind: ServiceKind; openingHours: OpeningHours }> {
  const org = actor.identity.organisationId ?? '';
  await authoriseIn(ctx, actor, 'admin.services.manage', org, { type: 'organisation', id: org });
  const name = input.name.trim();
  if (!name) throw new DomainError('bad_request', 'a service needs a name');
  const hours = checkedOpeningHours(input.openingHours);
  return ctx.db.transaction().execute(async (trx) => {
    const s = await trx
      .insertInto('services')
      .values({ organisation_id: org, name, kind: input.kind, opening_hours: JSON.stringify(hours) })
      .returning(['id', 'name', 'kind'])
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'admin.service.create',
      resource: { type: 'service', id: s.id },
      ip: actor.ip ?? null,
      details: { name, kind: input.kind, organisation_id: org },
    });
    return { ...s, openingHours: hours };
  });
}

/** Changes when a service takes calls: arrivals and links outside the new hours are turned away. */
export async function setOpeningHours(
  ctx: AdminContext,
  actor: Actor,
  serviceId: string,
  openingHours: unknown,
): Promise<OpeningHours> {
  const id = requireId(serviceId, 'service');
  const target = { type: 'service', id };
  await authoriseFound(ctx, actor, 'admin.services.manage', target, () => serviceOrganisation(ctx.db, id));
  const hours = checkedOpeningHours(openingHours);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('services')
      .set({ opening_hours: JSON.stringify(hours) })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'admin.service.hours',
      resource: { type: 'service', id },
      ip: actor.ip ?? null,
      details: { opening_hours: hours },
    });
  });
  return hours;
}
