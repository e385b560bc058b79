import { auditActor, type Actor, type DomainContext } from './context';
import { DomainError } from './domain-error';

/** Records the refusal in the audit trail (a guest trying to admit themselves is worth knowing about), then throws. */
export async function refuse(
  ctx: Pick<DomainContext, 'db' | 'audit'>,
  actor: Actor,
  action: string,
  resource: { type: string; id: string } | null,
  reason: string,
): Promise<never> {
  await ctx.audit(ctx.db, {
    actor: auditActor(actor),
    action: 'access.refused',
    resource,
    ip: actor.ip ?? null,
    details: { action, reason },
  });
  throw new DomainError('forbidden', reason);
}
