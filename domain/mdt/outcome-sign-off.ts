import { signOffProblems } from '../../contracts/mdt-outcome';
import { change } from '../kernel/change';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { auditCase, authoriseOnCase, lockCase, requireChair } from './outcome-case';
import type { OutcomeContext } from './outcome-context';
import { ensureDraft, readDraft, seedFrom, valuesOf } from './outcome-draft';
import { latestVersion, signedVersions, type SignedVersion } from './outcome-versions';

/** What a change decided: done, or refused for the outcome's state (audited once it has rolled back). */
type Outcome = { refused: string } | { signed: SignedVersion } | { reopened: number };

/** Audits a refusal that is about the outcome's state, not the person, then throws it as a conflict. */
async function refuseConflict(
  ctx: OutcomeContext,
  actor: Actor,
  action: string,
  caseId: string,
  reason: string,
): Promise<never> {
  const resource = { type: 'mdt_case', id: caseId };
  const details = { action, reason };
  await ctx.audit(ctx.db, {
    actor: auditActor(actor),
    action: 'access.refused',
    resource,
    ip: actor.ip ?? null,
    details,
  });
  throw new DomainError('conflict', reason);
}

/**
 * The chair signs the case's draft: it is frozen into the next immutable version (1 for the first
 * sign-off, the next for an amendment, with its reason) and the draft is locked until amended.
 * Anyone else is refused and audited, and nothing is signed.
 */
export async function signOff(ctx: OutcomeContext, actor: Actor, caseId: string): Promise<SignedVersion> {
  const authorise = async () => {
    const c = await authoriseOnCase(ctx, actor, 'mdt.outcome.signoff', caseId);
    await requireChair(ctx, actor, 'mdt.outcome.signoff', c);
    return c;
  };
  const { result } = await change(ctx, { authorise, lock: lockCase }, async (trx, c, at) => {
    await ensureDraft(trx, c.id, at);
    const draft = await readDraft(trx, c.id);
    if (draft.state === 'signed') return { refused: 'this outcome is already signed off' } as Outcome;
    const values = valuesOf(draft);
    const problems = signOffProblems(values);
    if (problems.length) throw new DomainError('bad_request', `cannot sign off yet: ${problems.join('; ')}`);
    const version = (await latestVersion(trx, c.id)) + 1;
    const reason = draft.amends?.reason ?? null;
    await trx
      .insertInto('mdt_outcomes')
      .values({
        case_id: c.id,
        version,
        summary: values.recommendation ?? '',
        actions: JSON.stringify(values.actions ?? []),
        fields: JSON.stringify(values),
        amendment_reason: reason,
        recorded_by: actor.identity.id,
        signed_off_by: actor.identity.id,
        signed_off_at: at,
      })
      .execute();
    await trx
      .updateTable('mdt_outcome_drafts')
      .set({ state: 'signed', amends_version: null, amendment_reason: null, updated_at: at })
      .where('case_id', '=', c.id)
      .execute();
    // The list shows where each case stands: one signed as discussed is done for this meeting.
    if (values.discussionStatus === 'discussed')
      await trx
        .updateTable('mdt_cases')
        .set({ status: 'discussed', updated_at: at })
        .where('id', '=', c.id)
        .where('status', '=', 'listed')
        .execute();
    await auditCase(ctx, trx, actor, 'mdt.outcome.signoff', c.id, { version, amends: draft.amends?.version ?? null });
    return { signed: (await signedVersions(trx, c.id)).at(-1)! } as Outcome;
  });
  if ('refused' in result)
    return refuseConflict(ctx, actor, 'mdt.outcome.signoff', caseId.toLowerCase(), result.refused);
  if (!('signed' in result)) throw new Error('a sign-off that signed nothing');
  return result.signed;
}

/**
 * Reopens a signed outcome for an amendment, by the chair or a coordinator, with the reason it is
 * needed: the draft opens on the signed values, and its sign-off becomes the next version. The
 * versions signed before stay as they were.
 */
export async function amend(ctx: OutcomeContext, actor: Actor, caseId: string, reason: string): Promise<void> {
  const why = reason.trim();
  const authorise = async () => {
    const c = await authoriseOnCase(ctx, actor, 'mdt.outcome.write', caseId);
    if (actor.identity.role !== 'coordinator') await requireChair(ctx, actor, 'mdt.outcome.amend', c);
    return c;
  };
  const { result } = await change(ctx, { authorise, lock: lockCase }, async (trx, c, at) => {
    if (!why) throw new DomainError('bad_request', 'give the reason for the amendment');
    await ensureDraft(trx, c.id, at);
    const draft = await readDraft(trx, c.id);
    const latest = await latestVersion(trx, c.id);
    if (draft.state !== 'signed' || latest === 0)
      return {
        refused: latest ? 'this outcome is already open for amendment' : 'there is no signed outcome to amend',
      } as Outcome;
    await seedFrom(trx, c.id, draft, (await signedVersions(trx, c.id)).at(-1)!, at);
    await trx
      .updateTable('mdt_outcome_drafts')
      .set({ state: 'editing', amends_version: latest, amendment_reason: why, updated_at: at })
      .where('case_id', '=', c.id)
      .execute();
    await auditCase(ctx, trx, actor, 'mdt.outcome.amend', c.id, { amends: latest });
    return { reopened: latest } as Outcome;
  });
  if ('refused' in result) await refuseConflict(ctx, actor, 'mdt.outcome.amend', caseId.toLowerCase(), result.refused);
}
