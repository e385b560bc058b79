import type { Transaction } from 'kysely';
import type { Consultation, Database } from '../../db/schema';
import { isUuid } from '../../contracts/ids';
import { DomainError } from '../kernel/domain-error';
import { change } from './change';
import type { ConsultationContext } from './context';
import { activeParticipant, ensureParticipant } from './participants';
import { recordStep } from './timeline';
import type { Actor } from './types';

/** Why someone is out of the call: they pressed "Leave call", or their connection went and did not come back. */
export type LeaveReason = 'left' | 'disconnected';

const HELD_MESSAGE: Record<LeaveReason, string> = {
  left: 'Your clinician has left the call. Please wait here: someone will be with you shortly.',
  disconnected: 'Your clinician was disconnected. Please wait here: someone will be with you shortly.',
};

async function staffStillIn(trx: Transaction<Database>, consultationId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .where('user_id', 'is not', null)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return !!row;
}

/** Whether the person is still in the consultation (read only: their own participation). */
async function stillIn(ctx: ConsultationContext, actor: Actor, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return ctx.db.transaction().execute(async (trx) => !!(await activeParticipant(trx, id, actor)));
}

/**
 * Someone leaves the call; the consultation goes on. When the last member of staff leaves a call
 * still under way, the guest goes back to the waiting area (on hold, told why) and the call shows
 * for the service's staff to rejoin or end: nobody is left alone in a call nobody will end. A
 * disconnection that was already handled (they left, or the call moved on) changes nothing.
 */
export async function leave(ctx: ConsultationContext, actor: Actor, id: string, why: LeaveReason = 'left') {
  // A connection lost after the call moved on (transferred, ended) has nothing to leave; asking `may` about a
  // consultation now in another service's hands would only write a refusal nobody made to the audit trail.
  if (why === 'disconnected' && !(await stillIn(ctx, actor, id))) return;
  const { result: held, before } = await change(ctx, actor, 'consultation.join', id, async (trx, c, at) => {
    const p = await activeParticipant(trx, c.id, actor);
    if (!p) {
      if (why === 'disconnected') return false;
      throw new DomainError('conflict', 'you are not in this consultation');
    }
    await trx.updateTable('consultation_participants').set({ left_at: at }).where('id', '=', p.id).execute();
    const details = { name: p.display_name, ...(why === 'disconnected' ? { reason: why } : {}) };
    await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'participant_left', at, details });
    if (actor.identity.role === 'guest' || c.status !== 'in_progress' || (await staffStillIn(trx, c.id))) return false;
    await trx
      .updateTable('consultations')
      .set({ status: 'on_hold', waiting_since: at })
      .where('id', '=', c.id)
      .execute();
    const message = HELD_MESSAGE[why];
    await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'held', at, details: { message, reason: why } });
    return true;
  });
  if (held) {
    ctx.emit('statusChanged', {
      consultationId: before.id,
      status: 'on_hold',
      roomId: null,
      message: HELD_MESSAGE[why],
    });
  }
  ctx.emit('participantLeft', { consultationId: before.id });
  ctx.emit('queueChanged', { serviceId: before.service_id });
}

/** A guest who left a call still under way and opens their link again is back in it, as a new stay. */
export async function rejoinIfLeft(
  trx: Transaction<Database>,
  ctx: ConsultationContext,
  actor: Actor,
  c: Pick<Consultation, 'id' | 'status'>,
  at: Date,
): Promise<void> {
  if (c.status !== 'in_progress' || (await activeParticipant(trx, c.id, actor))) return;
  const last = await trx
    .selectFrom('consultation_participants')
    .select(['role', 'precheck'])
    .where('consultation_id', '=', c.id)
    .where('guest_id', '=', actor.identity.id)
    .orderBy('joined_at', 'desc')
    .executeTakeFirst();
  const guest = { guestKind: last?.role ?? 'guest', precheck: last?.precheck ?? null };
  await ensureParticipant(trx, c.id, actor, at, guest);
  const details = { name: actor.name, guest_kind: guest.guestKind, via: 'rejoin' };
  await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'participant_added', at, details });
}
