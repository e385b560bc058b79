import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { may, type Action } from '../../access/authorize';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import type { OutcomeContext } from './outcome-context';

/** What the outcome use cases need to know about a case: whose team it is and who chairs it. */
export interface OutcomeCase {
  id: string;
  meetingId: string;
  serviceId: string;
  chairUserId: string | null;
}

type MdtAction = Extract<Action, `mdt.${string}`>;

/**
 * The case, once `may` lets the actor take `action` on it; a refusal is audited. An unknown id and
 * a case of another team answer alike only in their code: the id is never trusted to name a team.
 */
export async function authoriseOnCase(
  ctx: OutcomeContext,
  actor: Actor,
  action: MdtAction,
  caseId: string,
): Promise<OutcomeCase> {
  const id = requireId(caseId, 'MDT case');
  const found = await ctx.db
    .selectFrom('mdt_cases')
    .innerJoin('mdt_meetings', 'mdt_meetings.id', 'mdt_cases.meeting_id')
    .select(['mdt_cases.id', 'mdt_cases.meeting_id', 'mdt_meetings.service_id', 'mdt_meetings.chair_user_id'])
    .where('mdt_cases.id', '=', id)
    .executeTakeFirst();
  if (!found) throw new DomainError('not_found', 'there is no such MDT case');
  const decision = may(actor.identity, action, { type: 'mdt_case', id, serviceId: found.service_id });
  if (!decision.allowed) await refuse(ctx, actor, action, { type: 'mdt_case', id }, decision.reason);
  return { id, meetingId: found.meeting_id, serviceId: found.service_id, chairUserId: found.chair_user_id };
}

/** Refuses (audited) anyone but the meeting's chair: sign-off is theirs alone. */
export async function requireChair(ctx: OutcomeContext, actor: Actor, action: string, c: OutcomeCase) {
  if (c.chairUserId && c.chairUserId === actor.identity.id) return;
  const reason = c.chairUserId ? "only the meeting's chair may do this" : 'the meeting has no chair yet';
  await refuse(ctx, actor, action, { type: 'mdt_case', id: c.id }, reason);
}

/** The case's row locked, so the writers of one case's outcome queue instead of racing. */
export async function lockCase(trx: Transaction<Database>, c: OutcomeCase): Promise<OutcomeCase> {
  await trx.selectFrom('mdt_cases').select('id').where('id', '=', c.id).forUpdate().executeTakeFirstOrThrow();
  return c;
}

/** One audit line about a case's outcome, in the change's transaction. */
export function auditCase(
  ctx: OutcomeContext,
  trx: Transaction<Database>,
  actor: Actor,
  action: string,
  caseId: string,
  details: Record<string, string | number | boolean | null> = {},
) {
  return ctx.audit(trx, {
    actor: auditActor(actor),
    action,
    resource: { type: 'mdt_case', id: caseId },
    ip: actor.ip ?? null,
    details,
  });
}
