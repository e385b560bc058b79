import type { Actor } from '../../kernel/context';
import { DomainError } from '../../kernel/domain-error';
import { requireId } from '../../kernel/ids';
import { refuse } from '../../kernel/refuse';
import { auditMdt } from '../mdt-context';
import { authoriseMeeting } from '../mdt-access';
import type { MdtLiveContext } from './live-context';
import { readLiveState, type LiveState } from './live-state';

/**
 * Moves the whole panel to a case: the coordinator or the meeting's chair, nobody else (another
 * member moving everyone's screen mid-discussion would lose the room). The case must be on this
 * meeting's list. The time each case was on screen is kept, for per-case attendance and quorum.
 */
export async function goToCase(
  ctx: MdtLiveContext,
  actor: Actor,
  meetingId: string,
  caseId: string,
): Promise<LiveState> {
  const meeting = await authoriseMeeting(ctx, actor, 'mdt.case.read', meetingId);
  const resource = { type: 'mdt_meeting', id: meeting.id };
  if (actor.identity.role !== 'coordinator' && actor.identity.id !== meeting.chair_user_id)
    await refuse(ctx, actor, 'mdt.meeting.present', resource, 'only the coordinator or the chair moves the panel');
  const id = requireId(caseId, 'MDT case');
  await ctx.db.transaction().execute(async (trx) => {
    const onList = await trx
      .selectFrom('mdt_cases')
      .select('id')
      .where('id', '=', id)
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirst();
    if (!onList) throw new DomainError('not_found', 'that case is not on this meeting’s list');
    const at = ctx.now();
    const live = { current_case_id: id, moved_by: actor.identity.id, moved_at: at };
    await trx
      .insertInto('mdt_meeting_live')
      .values({ meeting_id: meeting.id, ...live })
      .onConflict((oc) => oc.column('meeting_id').doUpdateSet(live))
      .execute();
    await trx
      .updateTable('mdt_case_discussions')
      .set({ ended_at: at })
      .where('meeting_id', '=', meeting.id)
      .where('ended_at', 'is', null)
      .execute();
    await trx
      .insertInto('mdt_case_discussions')
      .values({ meeting_id: meeting.id, case_id: id, started_at: at })
      .execute();
    await auditMdt(ctx, trx, actor, 'mdt.meeting.present', resource, { case_id: id });
  });
  const state = await readLiveState(ctx.db, meeting.id);
  ctx.events.emit('live', state);
  return state;
}
