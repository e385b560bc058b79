import type { Kysely, Transaction } from 'kysely';
import { isUuid } from '../../contracts/ids';
import { formatRoomId } from '../../contracts/protocol/rooms';
import type { Consultation, Database } from '../../db/schema';
import { may, type ConsultationResource, type Identity } from '../../access/authorize';
import { consultationResource } from '../../access/resources';
import { auditActor, type DomainContext } from './context';
import { DomainError } from './domain-error';
import type { Actor } from './types';

/** A consultation's media room; the signalling layer routes rooms of this kind back here. */
export const roomIdOf = (consultationId: string): string => formatRoomId({ kind: 'consultation', id: consultationId });

/** Ids come from URLs and sockets: anything not a uuid names nothing (and must not reach a uuid column). */
export function requireId(id: string, what: string): string {
  if (!isUuid(id)) throw new DomainError('not_found', `there is no such ${what}`);
  return id.toLowerCase();
}

/** The actions `may` judges on a consultation. */
export type ConsultationAction =
  | 'consultation.admit'
  | 'consultation.join'
  | 'consultation.read'
  | 'consultation.hold'
  | 'consultation.transfer'
  | 'consultation.end'
  | 'chat.send'
  | 'file.upload'
  | 'file.read';

/**
 * The identity `may` should judge for this consultation. A guest whose link was for a service
 * started their consultation by arriving in its queue: from then on they are, in effect, scoped to
 * it (a participant row is written only after `may` allowed the arrival).
 */
export async function identityFor(
  db: Kysely<Database> | Transaction<Database>,
  identity: Identity,
  consultationId: string,
): Promise<Identity> {
  if (identity.role !== 'guest') return identity;
  if (identity.scope?.kind === 'consultation' && identity.scope.id === consultationId) return identity;
  const row = await db
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .where('guest_id', '=', identity.id)
    .executeTakeFirst();
  return row ? { ...identity, scope: { kind: 'consultation', id: consultationId } } : identity;
}

/** Records the refusal in the audit trail (a guest trying to admit themselves is worth knowing about), then throws. */
export async function refuse(
  ctx: DomainContext,
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

export interface Authorised {
  resource: ConsultationResource;
  identity: Identity;
}

/** Loads what `may` needs and asks it; not_found or forbidden (audited) otherwise. */
export async function authorise(
  ctx: DomainContext,
  actor: Actor,
  action: ConsultationAction,
  consultationId: string,
): Promise<Authorised> {
  const id = requireId(consultationId, 'consultation');
  const resource = await consultationResource(ctx.db, id);
  if (!resource) throw new DomainError('not_found', 'there is no such consultation');
  const identity = await identityFor(ctx.db, actor.identity, id);
  const decision = may(identity, action, resource);
  if (!decision.allowed) await refuse(ctx, actor, action, { type: 'consultation', id }, decision.reason);
  return { resource, identity };
}

/** The consultation record is staff's: guests see their own chat, never the notes or the timeline. */
export async function requireStaff(ctx: DomainContext, actor: Actor, action: string, id: string): Promise<void> {
  if (actor.identity.role === 'guest') {
    await refuse(ctx, actor, action, { type: 'consultation', id }, 'the consultation record is for staff');
  }
}

/**
 * Locks the row for the change about to be made. Authorisation was decided on its service; if a
 * transfer moved it meanwhile, that decision no longer stands.
 */
export async function lockConsultation(trx: Transaction<Database>, auth: Authorised): Promise<Consultation> {
  const row = await trx
    .selectFrom('consultations')
    .selectAll()
    .where('id', '=', auth.resource.id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.service_id !== auth.resource.serviceId) {
    throw new DomainError('conflict', 'this consultation was moved to another service meanwhile; try again');
  }
  return row;
}
