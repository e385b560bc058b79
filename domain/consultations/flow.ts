import type { Transaction, Updateable } from 'kysely';
import type { ConsultationTable, Database } from '../../db/schema';
import { serviceResource } from '../../access/resources';
import { roomIdOf } from './access';
import { requireId } from '../kernel/ids';
import { change, expectStatus } from './change';
import type { ConsultationContext } from './context';
import { DomainError } from '../kernel/domain-error';
import { ensureParticipant } from './participants';
import { recordStep } from './timeline';
import type { Actor } from './types';

const update = (trx: Transaction<Database>, id: string, values: Updateable<ConsultationTable>) =>
  trx.updateTable('consultations').set(values).where('id', '=', id).execute();

/** Into the call: the consultation's room, with the admitting clinician in it. */
export async function admit(ctx: ConsultationContext, actor: Actor, id: string): Promise<string> {
  const { result: roomId, before } = await change(ctx, actor, 'consultation.admit', id, async (trx, c, at) => {
    expectStatus(c, ['waiting', 'on_hold'], 'admit');
    const roomId = roomIdOf(c.id);
    await trx
      .updateTable('consultations')
      .set((eb) => ({
        status: 'in_progress',
        room_id: roomId,
        waiting_since: null,
        admitted_at: eb.fn.coalesce('admitted_at', eb.val(at)),
      }))
      .where('id', '=', c.id)
      .execute();
    await ensureParticipant(trx, c.id, actor, at);
    await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'admitted', at, details: { room_id: roomId } });
    return roomId;
  });
  ctx.emit('statusChanged', { consultationId: before.id, status: 'in_progress', roomId, message: null });
  ctx.emit('queueChanged', { serviceId: before.service_id });
  return roomId;
}

/** Back to the waiting area mid-call, optionally with a word to the guest; they wait again from now. */
export async function hold(ctx: ConsultationContext, actor: Actor, id: string, message?: string): Promise<void> {
  const text = message?.trim().slice(0, 500) || null;
  const { before } = await change(ctx, actor, 'consultation.hold', id, async (trx, c, at) => {
    expectStatus(c, ['in_progress'], 'hold');
    await update(trx, c.id, { status: 'on_hold', waiting_since: at });
    await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'held', at, details: { message: text } });
  });
  ctx.emit('statusChanged', { consultationId: before.id, status: 'on_hold', roomId: null, message: text });
  ctx.emit('queueChanged', { serviceId: before.service_id });
}

/** Into another service's queue: its staff take over, this service's staff leave the consultation. */
export async function transfer(ctx: ConsultationContext, actor: Actor, id: string, toServiceId: string): Promise<void> {
  const target = await serviceResource(ctx.db, requireId(toServiceId, 'service'));
  if (!target) throw new DomainError('not_found', 'there is no such service to transfer to');
  if (target.kind === 'mdt') throw new DomainError('bad_request', 'an MDT has no queue to transfer a caller to');
  const { name } = await ctx.db
    .selectFrom('services')
    .select('name')
    .where('id', '=', target.id)
    .executeTakeFirstOrThrow();
  const { before } = await change(ctx, actor, 'consultation.transfer', id, async (trx, c, at) => {
    expectStatus(c, ['waiting', 'in_progress', 'on_hold'], 'transfer');
    if (c.service_id === target.id)
      throw new DomainError('bad_request', 'the consultation is already with that service');
    await update(trx, c.id, { service_id: target.id, status: 'waiting', waiting_since: at, room_id: null });
    await trx
      .updateTable('consultation_participants')
      .set({ left_at: at })
      .where('consultation_id', '=', c.id)
      .where('user_id', 'is not', null)
      .where('left_at', 'is', null)
      .execute();
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'transferred',
      at,
      details: { from_service_id: c.service_id, to_service_id: target.id, to_service: name },
    });
  });
  ctx.emit('statusChanged', {
    consultationId: before.id,
    status: 'waiting',
    roomId: null,
    message: `You have been transferred to ${name}. Please keep waiting.`,
  });
  ctx.emit('queueChanged', { serviceId: before.service_id });
  ctx.emit('queueChanged', { serviceId: target.id });
}

export async function end(ctx: ConsultationContext, actor: Actor, id: string): Promise<void> {
  const { before } = await change(ctx, actor, 'consultation.end', id, async (trx, c, at) => {
    expectStatus(c, ['waiting', 'in_progress', 'on_hold', 'transferred'], 'end');
    await update(trx, c.id, { status: 'ended', ended_at: at, waiting_since: null });
    await trx
      .updateTable('consultation_participants')
      .set({ left_at: at })
      .where('consultation_id', '=', c.id)
      .where('left_at', 'is', null)
      .execute();
    await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'ended', at });
  });
  ctx.emit('statusChanged', { consultationId: before.id, status: 'ended', roomId: null, message: null });
  ctx.emit('queueChanged', { serviceId: before.service_id });
}

/** Triage: who runs the queue may move a caller up (or down) it. */
export async function setPriority(ctx: ConsultationContext, actor: Actor, id: string, priority: number): Promise<void> {
  if (!Number.isInteger(priority) || priority < -100 || priority > 100) {
    throw new DomainError('bad_request', 'a priority is a whole number from -100 to 100');
  }
  const { before } = await change(ctx, actor, 'consultation.admit', id, async (trx, c, at) => {
    expectStatus(c, ['waiting', 'in_progress', 'on_hold'], 'change the priority');
    await update(trx, c.id, { priority });
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'priority_changed',
      at,
      details: { from: c.priority, to: priority },
    });
  });
  ctx.emit('queueChanged', { serviceId: before.service_id });
}
