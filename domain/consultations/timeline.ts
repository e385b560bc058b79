import type { Transaction } from 'kysely';
import type { ConsultationEventKind, Database, JsonObject } from '../../db/schema';
import { auditActor } from '../kernel/context';
import type { ConsultationContext } from './context';
import type { Actor } from './types';

export interface Step {
  consultationId: string;
  kind: ConsultationEventKind;
  details?: JsonObject;
  at: Date;
}

/**
 * Writes one step to the consultation's timeline and to the audit trail, in the transaction that
 * made the change: the step, its audit event and the change commit together or not at all.
 */
export async function recordStep(
  trx: Transaction<Database>,
  ctx: ConsultationContext,
  actor: Actor,
  step: Step,
): Promise<void> {
  const details = step.details ?? {};
  await trx
    .insertInto('consultation_events')
    .values({
      consultation_id: step.consultationId,
      kind: step.kind,
      actor_id: actor.identity.id,
      actor_role: actor.identity.role,
      actor_name: actor.name,
      details: JSON.stringify(details),
      at: step.at,
    })
    .execute();
  await ctx.audit(trx, {
    actor: auditActor(actor),
    action: `consultation.${step.kind}`,
    resource: { type: 'consultation', id: step.consultationId },
    ip: actor.ip ?? null,
    details,
    at: step.at,
  });
}

/** An audited action that is not a step of the timeline (a read, an export, a chat message). */
export async function auditOnly(
  db: Parameters<ConsultationContext['audit']>[0],
  ctx: ConsultationContext,
  actor: Actor,
  action: string,
  resource: { type: string; id: string },
  details: JsonObject = {},
): Promise<void> {
  await ctx.audit(db, { actor: auditActor(actor), action, resource, ip: actor.ip ?? null, details });
}
