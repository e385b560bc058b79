import type { Transaction } from 'kysely';
import type { ConsultationParticipant, Database, Precheck } from '../../db/schema';
import type { Actor } from './types';

/** `guest-<invite jti>` (single-use link) or `guest-<invite jti>-<use>`, as invites.ts names guests. */
const GUEST_ID = /^guest-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-\d+)?$/;

export function inviteJtiOf(guestId: string): string | null {
  return GUEST_ID.exec(guestId)?.[1] ?? null;
}

/** The actor's current (not yet left) participation in the consultation, if any. */
export async function activeParticipant(
  trx: Transaction<Database>,
  consultationId: string,
  actor: Actor,
): Promise<ConsultationParticipant | undefined> {
  const column = actor.identity.role === 'guest' ? 'guest_id' : 'user_id';
  return trx
    .selectFrom('consultation_participants')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where(column, '=', actor.identity.id)
    .where('left_at', 'is', null)
    .orderBy('joined_at', 'desc')
    .executeTakeFirst();
}

export interface GuestDetails {
  guestKind: string;
  precheck: Precheck | null;
}

/**
 * The actor's participant row, created when they have none (staff who chat or share a file are
 * in the consultation from then on). A guest's row carries their invite and relation to the patient.
 */
export async function ensureParticipant(
  trx: Transaction<Database>,
  consultationId: string,
  actor: Actor,
  at: Date,
  guest?: GuestDetails,
): Promise<{ participant: ConsultationParticipant; created: boolean }> {
  const existing = await activeParticipant(trx, consultationId, actor);
  if (existing) return { participant: existing, created: false };
  const isGuest = actor.identity.role === 'guest';
  const participant = await trx
    .insertInto('consultation_participants')
    .values({
      consultation_id: consultationId,
      user_id: isGuest ? null : actor.identity.id,
      guest_id: isGuest ? actor.identity.id : null,
      invite_jti: isGuest ? inviteJtiOf(actor.identity.id) : null,
      display_name: actor.name,
      role: isGuest ? (guest?.guestKind ?? 'guest') : actor.identity.role,
      precheck: guest?.precheck ? JSON.stringify(guest.precheck) : null,
      joined_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { participant, created: true };
}
