import type { Actor } from '../../kernel/context';
import { editOutcomeField, type FieldEdit } from '../outcome-edit';
import type { MdtLiveContext } from './live-context';

/**
 * One outcome field written from the live meeting: saved (the domain's versioned edit, refused
 * as it refuses) and, when it applied, announced to everyone following the case's meeting.
 */
export async function editLive(
  ctx: MdtLiveContext,
  actor: Actor,
  input: { caseId: string; field: string; value: unknown; baseVersion: number },
): Promise<FieldEdit> {
  const edit = await editOutcomeField(ctx, actor, input);
  if (edit.applied) {
    const c = await ctx.db
      .selectFrom('mdt_cases')
      .select(['id', 'meeting_id'])
      .where('id', '=', input.caseId.toLowerCase())
      .executeTakeFirstOrThrow();
    ctx.events.emit('outcomeChanged', { meetingId: c.meeting_id, caseId: c.id, field: input.field, state: edit.field });
  }
  return edit;
}
