import { may } from '../../../access/authorize';
import type { Actor } from '../../kernel/context';
import { DomainError } from '../../kernel/domain-error';
import { requireId } from '../../kernel/ids';
import { refuse } from '../../kernel/refuse';
import { readCases, type MdtCaseView } from '../case-view';
import { roleMay } from '../mdt-access';
import { auditMdt, type MdtContext } from '../mdt-context';

/** The case the panel has on screen, as someone following the meeting without its list sees it. */
export interface OnScreen {
  meeting: { id: string; title: string; startsAt: Date; endsAt: Date };
  onScreen: { position: number; count: number; case: Omit<MdtCaseView, 'attachments'> } | null;
}

/**
 * What an external clinician reads of a meeting: the one case on screen now, with its pre-MDT
 * summary as the panel sees it, and nothing of the rest of the list or its attachments. Anyone who
 * may follow the meeting may ask; each case shown is audited, since it names a patient.
 */
export async function readOnScreen(ctx: MdtContext, actor: Actor, meetingId: string): Promise<OnScreen> {
  const id = requireId(meetingId, 'MDT meeting');
  await roleMay(ctx, actor, 'mdt.live.follow', { type: 'mdt_meeting', id });
  const m = await ctx.db
    .selectFrom('mdt_meetings as m')
    .leftJoin('mdt_meeting_live as l', 'l.meeting_id', 'm.id')
    .select(['m.id', 'm.service_id', 'm.title', 'm.starts_at', 'm.ends_at', 'l.current_case_id'])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!m) throw new DomainError('not_found', 'there is no such MDT meeting');
  const decision = may(actor.identity, 'mdt.live.follow', { type: 'mdt_meeting', id, serviceId: m.service_id });
  if (!decision.allowed) await refuse(ctx, actor, 'mdt.live.follow', { type: 'mdt_meeting', id }, decision.reason);
  const meeting = { id: m.id, title: m.title, startsAt: m.starts_at, endsAt: m.ends_at };
  if (!m.current_case_id) return { meeting, onScreen: null };
  return ctx.db.transaction().execute(async (trx) => {
    const listed = await trx
      .selectFrom('mdt_cases')
      .select('id')
      .where('meeting_id', '=', m.id)
      .orderBy('position')
      .execute();
    const [shown] = await readCases(trx, { caseIds: [m.current_case_id!] });
    if (!shown) return { meeting, onScreen: null };
    const { attachments: _left, ...rest } = shown;
    await auditMdt(ctx, trx, actor, 'mdt.case.on_screen', { type: 'mdt_case', id: shown.id }, { meeting: m.id });
    const position = listed.findIndex((c) => c.id === shown.id) + 1;
    return { meeting, onScreen: { position, count: listed.length, case: rest } };
  });
}
