import type { Transaction } from 'kysely';
import type { Consultation, Database } from '../../db/schema';
import { may } from '../../access/authorize';
import { consultationResource, serviceResource } from '../../access/resources';
import { closure } from '../../contracts/opening-hours';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import { auditActor } from '../kernel/context';
import type { ConsultationContext } from './context';
import { DomainError } from '../kernel/domain-error';
import { ensureParticipant, inviteJtiOf } from './participants';
import { recordStep } from './timeline';
import { rejoinIfLeft } from './leaving';
import type { Actor, Arrival, ArrivalRequest } from './types';

const arrivalOf = (c: Pick<Consultation, 'id' | 'status' | 'room_id'>): Arrival => ({
  consultationId: c.id,
  status: c.status,
  roomId: c.status === 'in_progress' ? c.room_id : null,
});

function checkRequest(req: ArrivalRequest): ArrivalRequest {
  const displayName = req.displayName.trim();
  if (!displayName || displayName.length > 80)
    throw new DomainError('bad_request', 'give a name of 1 to 80 characters');
  if (req.precheck.summary.length > 300) throw new DomainError('bad_request', 'the check summary is too long');
  const reason = req.reason?.trim().slice(0, 500) || undefined;
  return { displayName, precheck: req.precheck, reason };
}

/** What an arrival takes from the guest's invite: its row to lock, the guest's kind, and the patient it names. */
interface ArrivalInvite {
  jti: string;
  guestKind: string;
  patientId: string | null;
}

/** The guest's invite: it must still stand (the access token outlives a withdrawal by up to its lifetime). */
async function checkInvite(ctx: ConsultationContext, actor: Actor): Promise<ArrivalInvite> {
  const jti = inviteJtiOf(actor.identity.id);
  const invite = jti
    ? await ctx.db
        .selectFrom('invites')
        .select(['guest_kind', 'revoked_at', 'patient_id'])
        .where('jti', '=', jti)
        .executeTakeFirst()
    : undefined;
  if (!jti || !invite) {
    return refuse(ctx, actor, 'waiting.enter', null, 'only a guest with an invite link arrives in a waiting area');
  }
  if (invite.revoked_at) {
    return refuse(
      ctx,
      actor,
      'waiting.enter',
      { type: 'invite', id: jti },
      'This link has been withdrawn. Ask the clinic for a new one.',
    );
  }
  return { jti, guestKind: invite.guest_kind, patientId: invite.patient_id };
}

/** Concurrent arrivals of the same guest (a double reload) queue up on their invite's row. */
async function lockInvite(trx: Transaction<Database>, jti: string): Promise<void> {
  await trx.selectFrom('invites').select('jti').where('jti', '=', jti).forUpdate().executeTakeFirstOrThrow();
}

/** A guest who reloads the page finds the consultation they already arrived in, even once it has ended. */
async function earlierArrival(trx: Transaction<Database>, actor: Actor) {
  return trx
    .selectFrom('consultation_participants as p')
    .innerJoin('consultations as c', 'c.id', 'p.consultation_id')
    .select(['c.id', 'c.status', 'c.room_id'])
    .where('p.guest_id', '=', actor.identity.id)
    .orderBy('p.joined_at', 'desc')
    .executeTakeFirst();
}

/**
 * A waiting area takes new arrivals only in its opening hours; whoever is already waiting at
 * closing time stays in the queue to be seen.
 */
async function checkOpen(ctx: ConsultationContext, actor: Actor, serviceId: string, at: Date): Promise<void> {
  const service = await ctx.db
    .selectFrom('services')
    .select(['name', 'opening_hours'])
    .where('id', '=', serviceId)
    .executeTakeFirstOrThrow();
  const closed = closure(service, at);
  if (!closed) return;
  await ctx.audit(ctx.db, {
    actor: auditActor(actor),
    action: 'waiting.refused',
    resource: { type: 'service', id: serviceId },
    ip: actor.ip ?? null,
    details: { reason: 'closed', opens_at: closed.opensAt?.toISOString() ?? null },
  });
  throw new DomainError('closed', closed.message);
}

async function joinServiceQueue(ctx: ConsultationContext, actor: Actor, serviceId: string, req: ArrivalRequest) {
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

/** A guest whose link is for one consultation: straight into the call when it is on, else they wait. */
async function joinConsultation(ctx: ConsultationContext, actor: Actor, consultationId: string, req: ArrivalRequest) {
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

/** A guest opens their link: into a service's queue, or into (the waiting area of) one consultation. */
export async function arrive(ctx: ConsultationContext, actor: Actor, request: ArrivalRequest): Promise<Arrival> {
  const req = checkRequest(request);
  const scope = actor.identity.scope;
  if (actor.identity.role !== 'guest' || !scope) {
    return refuse(ctx, actor, 'waiting.enter', null, 'only a guest with an invite link arrives in a waiting area');
  }
  // Others see the name the guest gave on arrival, not whatever the link was made out to.
  const guest: Actor = { ...actor, name: req.displayName };
  return scope.kind === 'service'
    ? joinServiceQueue(ctx, guest, scope.id, req)
    : joinConsultation(ctx, guest, scope.id, req);
}
