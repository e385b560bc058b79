import { may } from '../../access/authorize';
import { serviceResource } from '../../access/resources';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import type { ConsultationContext } from './context';
import type { Actor, CallInProgress } from './types';

/**
 * A service's calls under way, and those put on hold when their clinician left: what any member of
 * the service may rejoin or end. Judged like the queue (`queue.view`), since it shows the same people.
 */
export async function callsInProgress(
  ctx: ConsultationContext,
  actor: Actor,
  serviceId: string,
): Promise<CallInProgress[]> {
  const service = await serviceResource(ctx.db, requireId(serviceId, 'service'));
  if (!service) throw new DomainError('not_found', 'there is no such service');
  const decision = may(actor.identity, 'queue.view', service);
  if (!decision.allowed) await refuse(ctx, actor, 'queue.view', { type: 'service', id: service.id }, decision.reason);
  const calls = await ctx.db
    .selectFrom('consultations')
    .select(['id', 'status', 'admitted_at'])
    .where('service_id', '=', service.id)
    .where('status', 'in', ['in_progress', 'on_hold'])
    .where('admitted_at', 'is not', null)
    .orderBy('admitted_at')
    .execute();
  if (!calls.length) return [];
  const people = await ctx.db
    .selectFrom('consultation_participants')
    .select(['consultation_id', 'display_name', 'user_id', 'guest_id', 'left_at'])
    .where(
      'consultation_id',
      'in',
      calls.map((c) => c.id),
    )
    .orderBy('joined_at')
    .execute();
  return calls.map((c) => {
    const mine = people.filter((p) => p.consultation_id === c.id);
    const present = mine.filter((p) => p.left_at === null);
    const caller = mine.find((p) => p.guest_id !== null);
    return {
      consultationId: c.id,
      displayName: caller?.display_name ?? 'Unnamed caller',
      status: c.status as CallInProgress['status'],
      since: c.admitted_at!.toISOString(),
      people: present.map((p) => p.display_name),
      youAreIn: present.some((p) => p.user_id === actor.identity.id),
    };
  });
}
