import { may } from '../../access/authorize';
import type { Actor } from '../kernel/context';
import { refuse } from '../kernel/refuse';
import type { AdminContext } from './context';

/** The two halves of administration: accounts, and services with their members. */
export type AdminAction = 'admin.users.manage' | 'admin.services.manage';

/**
 * Refuses (audited) unless the actor holds `action` and `organisationId` is their own. The policy
 * judges administration by role alone, so an admin could otherwise reach every organisation's
 * accounts: the comparison of organisations is made here, for every use case that changes or lists one.
 */
export async function authoriseIn(
  ctx: AdminContext,
  actor: Actor,
  action: AdminAction,
  organisationId: string,
  target: { type: string; id: string },
): Promise<void> {
  const decision = may(actor.identity, action, { type: 'organisation', id: organisationId });
  if (!decision.allowed) return refuse(ctx, actor, action, target, decision.reason);
  if (actor.identity.organisationId !== organisationId)
    return refuse(ctx, actor, action, target, 'you may manage only your own organisation');
}

/**
 * The same, for a service or account found by id: the role is judged before the lookup, so one
 * who may not administer at all learns nothing of which ids exist; then its organisation is compared.
 */
export async function authoriseFound(
  ctx: AdminContext,
  actor: Actor,
  action: AdminAction,
  target: { type: string; id: string },
  organisationOf: () => Promise<string>,
): Promise<void> {
  const own = actor.identity.organisationId ?? '';
  const decision = may(actor.identity, action, { type: 'organisation', id: own });
  if (!decision.allowed) return refuse(ctx, actor, action, target, decision.reason);
  await authoriseIn(ctx, actor, action, await organisationOf(), target);
}

/** Refuses (audited) unless the actor may read the audit trail, which belongs to the whole installation. */
export async function authoriseAuditRead(ctx: AdminContext, actor: Actor): Promise<void> {
  const decision = may(actor.identity, 'audit.read', { type: 'system' });
  if (!decision.allowed) await refuse(ctx, actor, 'audit.read', null, decision.reason);
}
