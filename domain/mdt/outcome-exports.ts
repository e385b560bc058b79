import { may } from '../../access/authorize';
import type { Json } from '../consultations/fhir/json';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import { outcomeBundle } from './fhir/bundle';
import { meetingSummaryPdf } from './meeting-summary-pdf';
import { authoriseOnCase } from './outcome-case';
import type { OutcomeContext } from './outcome-context';
import { signedCaseFacts } from './outcome-facts';
import { outcomeLetterPdf } from './outcome-pdf';
import { meetingSummaryFacts } from './meeting-summary-facts';

/** Each export in the audit trail: who took which version of what, and in which form. */
const audited = (
  ctx: OutcomeContext,
  actor: Actor,
  action: string,
  resource: { type: string; id: string },
  details: Record<string, number | string>,
) => ctx.audit(ctx.db, { actor: auditActor(actor), action, resource, ip: actor.ip ?? null, details });

/** The outcome letter (PDF) of the case's latest signed version, for a member of its MDT; audited. */
export async function exportOutcomeLetter(ctx: OutcomeContext, actor: Actor, caseId: string): Promise<Buffer> {
  const c = await authoriseOnCase(ctx, actor, 'mdt.outcome.read', caseId);
  const facts = await signedCaseFacts(ctx.db, c.id);
  const pdf = await outcomeLetterPdf(facts, ctx.now());
  await audited(
    ctx,
    actor,
    'mdt.outcome.export.pdf',
    { type: 'mdt_case', id: c.id },
    { version: facts.signed.version },
  );
  return pdf;
}

/** The case's latest signed outcome as a FHIR R4 Bundle, for a member of its MDT; audited. */
export async function exportOutcomeFhir(ctx: OutcomeContext, actor: Actor, caseId: string): Promise<Json> {
  const c = await authoriseOnCase(ctx, actor, 'mdt.outcome.read', caseId);
  const facts = await signedCaseFacts(ctx.db, c.id);
  const bundle = outcomeBundle(facts, ctx.now());
  await audited(
    ctx,
    actor,
    'mdt.outcome.export.fhir',
    { type: 'mdt_case', id: c.id },
    { version: facts.signed.version },
  );
  return bundle;
}

/** The meeting's summary (PDF): its cases and their outcomes, for a member of its MDT; audited. */
export async function exportMeetingSummary(ctx: OutcomeContext, actor: Actor, meetingId: string): Promise<Buffer> {
  const id = requireId(meetingId, 'MDT meeting');
  const meeting = await ctx.db
    .selectFrom('mdt_meetings')
    .select(['id', 'service_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!meeting) throw new DomainError('not_found', 'there is no such MDT meeting');
  const resource = { type: 'mdt_meeting' as const, id, serviceId: meeting.service_id };
  const decision = may(actor.identity, 'mdt.outcome.read', resource);
  if (!decision.allowed) await refuse(ctx, actor, 'mdt.outcome.read', { type: 'mdt_meeting', id }, decision.reason);
  const facts = await meetingSummaryFacts(ctx.db, id);
  const pdf = await meetingSummaryPdf(facts, ctx.now());
  await audited(ctx, actor, 'mdt.meeting.export.summary', { type: 'mdt_meeting', id }, { cases: facts.cases.length });
  return pdf;
}
