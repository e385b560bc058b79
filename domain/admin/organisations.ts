import { randomUUID } from 'node:crypto';
import { may } from '../../access/authorize';
import type { Organisation, OrganisationKind } from '../../db/schema';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { refuse } from '../kernel/refuse';
import type { AdminContext } from './context';

/** An organisation as administration lists it, marked when it is the admin's own (the only one they manage). */
export interface OrganisationEntry {
  id: string;
  name: string;
  kind: OrganisationKind;
  odsCode: string | null;
  own: boolean;
}

/**
 * Every organisation, so an admin can see who requests calls and where accounts live. Names and
 * kinds are not confidential; what is inside another organisation stays out of reach.
 */
export async function listOrganisations(ctx: AdminContext, actor: Actor): Promise<OrganisationEntry[]> {
  const own = actor.identity.organisationId ?? '';
  const decision = may(actor.identity, 'admin.services.manage', { type: 'organisation', id: own });
  if (!decision.allowed) await refuse(ctx, actor, 'admin.services.manage', null, decision.reason);
  const rows = await ctx.db.selectFrom('organisations').selectAll().orderBy('name').execute();
  return rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, odsCode: o.ods_code, own: o.id === own }));
}

/**
 * Registers an organisation (a care home joining, a new practice). Any admin may, as it is a new
 * one and nobody's own yet; its accounts and services are made by its own admin or the command line.
 */
export async function createOrganisation(
  ctx: AdminContext,
  actor: Actor,
  input: { name: string; kind: OrganisationKind; odsCode?: string | null },
): Promise<Organisation> {
  const id = randomUUID();
  const decision = may(actor.identity, 'admin.services.manage', { type: 'organisation', id });
  if (!decision.allowed) await refuse(ctx, actor, 'admin.services.manage', null, decision.reason);
  const name = input.name.trim();
  if (!name) throw new DomainError('bad_request', 'an organisation needs a name');
  return ctx.db.transaction().execute(async (trx) => {
    const org = await trx
      .insertInto('organisations')
      .values({ id, name, kind: input.kind, ods_code: input.odsCode?.trim() || null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      actor: auditActor(actor),
      action: 'admin.org.create',
      resource: { type: 'organisation', id },
      ip: actor.ip ?? null,
      details: { name, kind: input.kind },
    });
    return org;
  });
}
