import { may } from '../../access/authorize';
import { consultationResource } from '../../access/resources';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import { DomainError } from '../kernel/domain-error';
import { arrivalOf, checkInvite, lockInvite } from './arrival-checks';
import type { ConsultationContext } from './context';
import { ensureParticipant } from './participants';
import { recordStep } from './timeline';
import type { Actor, ArrivalRequest } from './types';

/** A guest whose link is for one consultation: straight into the call when it is on, else they wait. */
export async function joinConsultation(
  ctx: ConsultationContext,
  actor: Actor,
  consultationId: string,
  req: ArrivalRequest,
) {
  const resource = await consultationResource(ctx.db, requireId(consultationId, 'consultation'));
  if (!resource) throw new DomainError('not_found', 'the consultation this link is for no longer exists');
  const decision = may(actor.identity, 'consultation.join', resource);
  if (!decision.allowed)
    await refuse(ctx, actor, 'consultation.join', { type: 'consultation', id: consultationId }, decision.reason);
  const { jti, guestKind, patientId } = await checkInvite(ctx, actor);
  const at = ctx.now();
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await lockInvite(trx, jti);
    const c = await trx
      .selectFrom('consultations')
      .selectAll()
      .where('id', '=', resource.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (c.status === 'ended' || c.status === 'transferred') {
      throw new DomainError('conflict', 'This consultation has ended.');
    }
    const { created } = await ensureParticipant(trx, c.id, actor, at, { guestKind, precheck: req.precheck });
    if (!created) return { arrival: arrivalOf(c), serviceId: null };
    // A link naming the patient tells a consultation started without one whom it is for.
    if (patientId && !c.patient_id)
      await trx.updateTable('consultations').set({ patient_id: patientId }).where('id', '=', c.id).execute();
    if (c.status === 'in_progress') {
      await recordStep(trx, ctx, actor, {
        consultationId: c.id,
        kind: 'participant_added',
        at,
        details: { name: actor.name, guest_kind: guestKind, via: 'link', precheck_passed: req.precheck.passed },
      });
      return { arrival: arrivalOf(c), serviceId: null };
    }
    const waiting = await trx
      .updateTable('consultations')
      .set((eb) => ({
        waiting_since: eb.fn.coalesce('waiting_since', eb.val(at)),
        precheck: JSON.stringify(req.precheck),
        reason: eb.fn.coalesce('reason', eb.val(req.reason ?? null)),
      }))
      .where('id', '=', c.id)
      .returning(['id', 'status', 'room_id'])
      .executeTakeFirstOrThrow();
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'arrived',
      at,
      details: { guest_kind: guestKind, precheck_passed: req.precheck.passed },
    });
    return { arrival: arrivalOf(waiting), serviceId: c.service_id };
  });
  if (outcome.serviceId) ctx.emit('queueChanged', { serviceId: outcome.serviceId });
  return outcome.arrival;
}
