import { may } from '../../access/authorize';
import type { Actor } from '../kernel/context';
import { refuse } from '../kernel/refuse';
import type { OrganisationViewContext } from './context';

/** The organisation pages that exist, with the kind of organisation each is for. */
export type OrganisationView =
  { action: 'care_home.overview.read'; kind: 'care_home' } | { action: 'prison.today.read'; kind: 'prison' };

/**
 * The caller's own organisation, once they may see its page: the role must hold the action, and the
 * organisation comes from their sign-in alone, never from the request. The policy judges these
 * actions by role (as it does administration), so the check that it is theirs, and of the right
 * kind, is made here. Every refusal is audited.
 */
export async function ownOrganisation(
  ctx: OrganisationViewContext,
  actor: Actor,
  view: OrganisationView,
): Promise<{ id: string; name: string }> {
  const own = actor.identity.organisationId ?? '';
  const resource = { type: 'organisation' as const, id: own };
  const decision = may(actor.identity, view.action, resource);
  if (!decision.allowed) return refuse(ctx, actor, view.action, own ? resource : null, decision.reason);
  const org = own
    ? await ctx.db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', own).executeTakeFirst()
    : undefined;
  const notTheirs = `your sign-in is not for a ${view.kind.replace('_', ' ')}`;
  if (!org || org.kind !== view.kind) return refuse(ctx, actor, view.action, own ? resource : null, notTheirs);
  return { id: org.id, name: org.name };
}
