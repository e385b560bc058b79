import { may } from '../../access/authorize';
import { serviceResource } from '../../access/resources';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import { DomainError } from '../kernel/domain-error';
import { arrivalOf, checkInvite, checkOpen, earlierArrival, lockInvite } from './arrival-checks';
import type { ConsultationContext } from './context';
import { rejoinIfLeft } from './leaving';
import { ensureParticipant } from './participants';
import { recordStep } from './timeline';
import type { Actor, ArrivalRequest } from './types';

/** A guest whose link is a service's: into its queue, once, however often they reload. */
export async function joinServiceQueue(ctx: ConsultationContext, actor: Actor, serviceId: string, req: ArrivalRequest) {
  const service = await serviceResource(ctx.db, requireId(serviceId, 'service'));
  if (!service) throw new DomainError('not_found', 'the service this link is for no longer exists');
  const decision = may(actor.identity, 'consultation.request', service);
  if (!decision.allowed)
    await refuse(ctx, actor, 'consultation.request', { type: 'service', id: serviceId }, decision.reason);
  const { jti, guestKind, patientId } = await checkInvite(ctx, actor);
  const at = ctx.now();
  await checkOpen(ctx, actor, service.id, at);
  const arrival = await ctx.db.transaction().execute(async (trx) => {
    await lockInvite(trx, jti);
    const again = await earlierArrival(trx, actor);
    if (again) {
      await rejoinIfLeft(trx, ctx, actor, again, at);
      return { arrival: arrivalOf(again), fresh: false };
    }
    const c = await trx
      .insertInto('consultations')
      .values({
        service_id: service.id,
        patient_id: patientId,
        status: 'waiting',
        reason: req.reason ?? null,
        waiting_since: at,
        precheck: JSON.stringify(req.precheck),
      })
      .returning(['id', 'status', 'room_id'])
      .executeTakeFirstOrThrow();
    await ensureParticipant(trx, c.id, actor, at, { guestKind, precheck: req.precheck });
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'arrived',
      at,
      details: { service_id: service.id, guest_kind: guestKind, precheck_passed: req.precheck.passed },
    });
    return { arrival: arrivalOf(c), fresh: true };
  });
  if (arrival.fresh) ctx.emit('queueChanged', { serviceId: service.id });
  return arrival.arrival;
}
