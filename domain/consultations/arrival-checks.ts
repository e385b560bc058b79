import type { Transaction } from 'kysely';
import type { Consultation, Database } from '../../db/schema';
import { closure } from '../../contracts/opening-hours';
import { refuse } from '../kernel/refuse';
import { auditActor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import type { ConsultationContext } from './context';
import { inviteJtiOf } from './participants';
import type { Actor, Arrival, ArrivalRequest } from './types';

/** What the guest's page is told of where they are: the call's room only while it is on. */
export const arrivalOf = (c: Pick<Consultation, 'id' | 'status' | 'room_id'>): Arrival => ({
  consultationId: c.id,
  status: c.status,
  roomId: c.status === 'in_progress' ? c.room_id : null,
});

/** The guest's name, check summary and reason, tidied and bounded before anything is stored. */
export function checkRequest(req: ArrivalRequest): ArrivalRequest {
  const displayName = req.displayName.trim();
  if (!displayName || displayName.length > 80)
    throw new DomainError('bad_request', 'give a name of 1 to 80 characters');
  if (req.precheck.summary.length > 300) throw new DomainError('bad_request', 'the check summary is too long');
  const reason = req.reason?.trim().slice(0, 500) || undefined;
  return { displayName, precheck: req.precheck, reason };
}

/** What an arrival takes from the guest's invite: its row to lock, the guest's kind, and the patient it names. */
export interface ArrivalInvite {
  jti: string;
  guestKind: string;
  patientId: string | null;
}

/** The guest's invite: it must still stand (the access token outlives a withdrawal by up to its lifetime). */
export async function checkInvite(ctx: ConsultationContext, actor: Actor): Promise<ArrivalInvite> {
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
export async function lockInvite(trx: Transaction<Database>, jti: string): Promise<void> {
  await trx.selectFrom('invites').select('jti').where('jti', '=', jti).forUpdate().executeTakeFirstOrThrow();
}

/** A guest who reloads the page finds the consultation they already arrived in, even once it has ended. */
export async function earlierArrival(trx: Transaction<Database>, actor: Actor) {
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
export async function checkOpen(ctx: ConsultationContext, actor: Actor, serviceId: string, at: Date): Promise<void> {
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
