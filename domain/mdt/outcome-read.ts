import { ROLE_GRANTS } from '../../access/authorize';
import type { ActionItem } from '../../contracts/mdt-outcome';
import type { Actor } from '../kernel/context';
import { refuse } from '../kernel/refuse';
import { auditCase, authoriseOnCase } from './outcome-case';
import type { OutcomeContext } from './outcome-context';
import { readDraft, type Draft } from './outcome-draft';
import { signedVersions, type SignedVersion } from './outcome-versions';

/** A case's outcome as its team sees it: the live draft and every signed version, oldest first. */
export interface OutcomeWithVersions {
  caseId: string;
  draft: Draft;
  versions: SignedVersion[];
}

/** The outcome of a case, for a member of its MDT's service (anyone else is refused, audited); the read is audited. */
export async function outcomeWithVersions(ctx: OutcomeContext, actor: Actor, caseId: string) {
  const c = await authoriseOnCase(ctx, actor, 'mdt.outcome.read', caseId);
  return ctx.db.transaction().execute(async (trx): Promise<OutcomeWithVersions> => {
    const result = { caseId: c.id, draft: await readDraft(trx, c.id), versions: await signedVersions(trx, c.id) };
    await auditCase(ctx, trx, actor, 'mdt.outcome.read', c.id, { versions: result.versions.length });
    return result;
  });
}

/** An agreed action still open, for its owner's dashboard, with the case it came from. */
export interface OwnedAction {
  caseId: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  patientName: string;
  /** As stored (10 digits), or null where the patient has none on record. */
  nhsNumber: string | null;
  version: number;
  action: ActionItem;
}

/**
 * The open actions the actor owns in the latest signed outcome of each case of their own MDTs. A
 * draft's actions are not agreed yet, and an MDT the actor has left is no longer theirs to see.
 */
export async function actionsOwnedBy(ctx: OutcomeContext, actor: Actor): Promise<OwnedAction[]> {
  const { identity } = actor;
  if (!ROLE_GRANTS[identity.role].has('mdt.outcome.read'))
    await refuse(ctx, actor, 'mdt.outcome.read', null, `the ${identity.role} role has no MDT actions`);
  const services = [...(identity.serviceIds ?? [])];
  if (!services.length) return [];
  const rows = await ctx.db
    .selectFrom('mdt_outcomes as o')
    .innerJoin('mdt_cases as c', 'c.id', 'o.case_id')
    .innerJoin('mdt_meetings as m', 'm.id', 'c.meeting_id')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select([
      'o.case_id',
      'o.version',
      'o.actions',
      'm.id as meetingId',
      'm.title',
      'm.starts_at',
      'p.given_name',
      'p.family_name',
      'p.nhs_number',
    ])
    .where('m.service_id', 'in', services)
    .where('o.signed_off_by', 'is not', null)
    .orderBy('o.case_id')
    .orderBy('o.version', 'desc')
    .execute();
  const seen = new Set<string>();
  const owned: OwnedAction[] = [];
  for (const r of rows) {
    if (seen.has(r.case_id)) continue; // only the latest signed version of each case stands
    seen.add(r.case_id);
    for (const action of r.actions as unknown as ActionItem[]) {
      if (action.ownerUserId.toLowerCase() !== identity.id || action.done) continue;
      owned.push({
        caseId: r.case_id,
        meetingId: r.meetingId,
        meetingTitle: r.title,
        meetingStartsAt: r.starts_at,
        patientName: `${r.given_name} ${r.family_name}`,
        nhsNumber: r.nhs_number,
        version: r.version,
        action,
      });
    }
  }
  return owned.sort((a, b) => a.action.due.localeCompare(b.action.due));
}
