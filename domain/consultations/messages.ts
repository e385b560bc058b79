import type { Transaction } from 'kysely';
import type { Consultation, Database } from '../../db/schema';
import { authorise } from './access';
import { change, expectStatus } from './change';
import type { ConsultationContext } from './context';
import { DomainError } from '../kernel/domain-error';
import { activeParticipant, ensureParticipant } from './participants';
import { auditOnly, recordStep } from './timeline';
import type { Actor, ChatMessage } from './types';

export const MAX_NOTES_CHARS = 20_000;

function text(value: string, max: number, what: string): string {
  const t = value.trim();
  if (!t || t.length > max) throw new DomainError('bad_request', `${what} must be 1 to ${max} characters`);
  return t;
}

/**
 * Who speaks in a consultation: staff join its conversation by taking part; a guest only once
 * they are in the call (the waiting area hears from the clinic, and nobody else).
 */
export async function speaker(trx: Transaction<Database>, c: Consultation, actor: Actor, at: Date) {
  expectStatus(c, ['waiting', 'in_progress', 'on_hold'], 'take part');
  if (actor.identity.role !== 'guest') return (await ensureParticipant(trx, c.id, actor, at)).participant;
  const p = await activeParticipant(trx, c.id, actor);
  if (!p || c.status !== 'in_progress') throw new DomainError('conflict', 'you can take part once you are in the call');
  return p;
}

/** "The clinician is running 15 minutes late": from whoever may admit the caller, to the caller while they wait. */
export async function sendWaitingMessage(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  message: string,
): Promise<void> {
  const body = text(message, 2000, 'a message');
  const { result: sentAt, before } = await change(ctx, actor, 'consultation.admit', id, async (trx, c, at) => {
    expectStatus(c, ['waiting', 'on_hold'], 'message the waiting area');
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'message_to_waiting',
      at,
      details: { text: body },
    });
    return at;
  });
  ctx.emit('waitingMessage', { consultationId: before.id, text: body, sentAt: sentAt.toISOString() });
}

export async function postChat(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  message: string,
): Promise<{ messageId: string; sentAt: Date }> {
  const body = text(message, 4000, 'a chat message');
  const { result } = await change(ctx, actor, 'chat.send', id, async (trx, c, at) => {
    const from = await speaker(trx, c, actor, at);
    const { id: messageId } = await trx
      .insertInto('chat_messages')
      .values({ consultation_id: c.id, participant_id: from.id, body, sent_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The words stay in the consultation; the audit trail records that a message was sent.
    await auditOnly(trx, ctx, actor, 'chat.send', { type: 'consultation', id: c.id }, { message_id: messageId });
    return { messageId, sentAt: at, from: from.display_name, consultationId: c.id };
  });
  ctx.emit('chatMessage', {
    consultationId: result.consultationId,
    messageId: result.messageId,
    from: result.from,
    body,
    sentAt: result.sentAt.toISOString(),
  });
  return { messageId: result.messageId, sentAt: result.sentAt };
}

export async function chatMessages(db: ConsultationContext['db'], consultationId: string): Promise<ChatMessage[]> {
  const rows = await db
    .selectFrom('chat_messages as m')
    .innerJoin('consultation_participants as p', 'p.id', 'm.participant_id')
    .select(['m.id', 'm.body', 'm.sent_at', 'p.display_name', 'p.role'])
    .where('m.consultation_id', '=', consultationId)
    .orderBy('m.sent_at')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    messageId: r.id,
    from: r.display_name,
    fromRole: r.role,
    body: r.body,
    sentAt: r.sent_at,
  }));
}

export async function chatHistory(ctx: ConsultationContext, actor: Actor, id: string): Promise<ChatMessage[]> {
  const { resource } = await authorise(ctx, actor, 'consultation.read', id);
  return chatMessages(ctx.db, resource.id);
}

/**
 * The clinician's notes. authorize.ts has no action of its own for them; writing them is a
 * clinical act like closing the consultation, so whoever may end it (clinicians and nurses of its
 * service) may write them, during or after the call.
 */
export async function setNotes(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  notes: string,
): Promise<{ updatedAt: Date }> {
  if (notes.length > MAX_NOTES_CHARS)
    throw new DomainError('bad_request', `notes may be at most ${MAX_NOTES_CHARS} characters`);
  const { result } = await change(ctx, actor, 'consultation.end', id, async (trx, c, at) => {
    await trx
      .updateTable('consultations')
      .set({ notes, notes_updated_at: at, notes_updated_by: actor.identity.id })
      .where('id', '=', c.id)
      .execute();
    await recordStep(trx, ctx, actor, {
      consultationId: c.id,
      kind: 'notes_updated',
      at,
      details: { length: notes.length },
    });
    return at;
  });
  return { updatedAt: result };
}
