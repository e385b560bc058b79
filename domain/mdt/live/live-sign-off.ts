import type { Actor } from '../../kernel/context';
import { amend, signOff } from '../outcome-sign-off';
import type { MdtLiveContext } from './live-context';

/** The meeting a case is on, to tell its panel. */
async function meetingOf(ctx: MdtLiveContext, caseId: string) {
  return ctx.db
    .selectFrom('mdt_cases')
    .select(['id', 'meeting_id'])
    .where('id', '=', caseId.toLowerCase())
    .executeTakeFirstOrThrow();
}

/** The chair's sign-off (refused as the domain refuses), then every panel of the meeting told the form is frozen. */
export async function signOffLive(ctx: MdtLiveContext, actor: Actor, caseId: string) {
  const signed = await signOff(ctx, actor, caseId);
  const c = await meetingOf(ctx, caseId);
  ctx.events.emit('outcomeState', { meetingId: c.meeting_id, caseId: c.id, state: 'signed' });
  return signed;
}

/** An amendment opened (refused as the domain refuses), then every panel told the form is open again. */
export async function amendLive(ctx: MdtLiveContext, actor: Actor, caseId: string, reason: string): Promise<void> {
  await amend(ctx, actor, caseId, reason);
  const c = await meetingOf(ctx, caseId);
  ctx.events.emit('outcomeState', { meetingId: c.meeting_id, caseId: c.id, state: 'editing' });
}
