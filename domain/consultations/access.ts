import type { Kysely, Transaction } from 'kysely';
import { formatRoomId } from '../../contracts/protocol/rooms';
import type { Consultation, Database } from '../../db/schema';
import { may, type ConsultationResource, type Identity } from '../../access/authorize';
import { consultationResource } from '../../access/resources';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import type { ConsultationContext } from './context';
import { DomainError } from '../kernel/domain-error';
import type { Actor } from './types';

/** A consultation's media room; the signalling layer routes rooms of this kind back here. */
export const roomIdOf = (consultationId: string): string => formatRoomId({ kind: 'consultation', id: consultationId });

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

export interface Authorised {
  resource: ConsultationResource;
  identity: Identity;
}

/** Loads what `may` needs and asks it; not_found or forbidden (audited) otherwise. */
export async function authorise(
  ctx: ConsultationContext,
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
export async function requireStaff(ctx: ConsultationContext, actor: Actor, action: string, id: string): Promise<void> {
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
