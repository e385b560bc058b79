import { may } from '../../access/authorize';
import { serviceResource } from '../../access/resources';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import type { ConsultationContext } from './context';
import type { Actor, QueueEntry } from './types';

/** Who is waiting for a service: highest priority first, then whoever has waited longest. */
export async function queue(ctx: ConsultationContext, actor: Actor, serviceId: string): Promise<QueueEntry[]> {
  const service = await serviceResource(ctx.db, requireId(serviceId, 'service'));
  if (!service) throw new DomainError('not_found', 'there is no such service');
  const decision = may(actor.identity, 'queue.view', service);
  if (!decision.allowed) await refuse(ctx, actor, 'queue.view', { type: 'service', id: service.id }, decision.reason);
  const rows = await ctx.db
    .selectFrom('consultations as c')
    .leftJoin('patients as p', 'p.id', 'c.patient_id')
    .select(['c.id', 'c.status', 'c.reason', 'c.priority', 'c.waiting_since', 'c.precheck'])
    .select(['p.given_name', 'p.family_name'])
    .where('c.service_id', '=', service.id)
    .where('c.status', 'in', ['waiting', 'on_hold'])
    .where('c.waiting_since', 'is not', null)
    .orderBy('c.priority', 'desc')
    .orderBy('c.waiting_since', 'asc')
    .execute();
  const ids = rows.map((r) => r.id);
  const guests = ids.length
    ? await ctx.db
        .selectFrom('consultation_participants')
        .select(['consultation_id', 'display_name', 'role'])
        .where('consultation_id', 'in', ids)
        .where('user_id', 'is', null)
        .orderBy('joined_at')
        .execute()
    : [];
  return rows.map((r) => {
    // The person who arrived first is the one waiting to be seen; a relative may join them later.
    const guest = guests.find((g) => g.consultation_id === r.id);
    const patientName = r.given_name ? `${r.given_name} ${r.family_name}` : null;
    return {
      consultationId: r.id,
      displayName: guest?.display_name ?? patientName ?? 'Unnamed caller',
      guestKind: guest?.role ?? 'patient',
      reason: r.reason,
      priority: r.priority,
      status: r.status,
      waitingSince: r.waiting_since!.toISOString(),
      precheck: r.precheck,
    };
  });
}
