import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { change } from '../kernel/change';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { readCases, type MdtCaseView } from './case-view';
import { authoriseMeeting } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';

/**
 * A coordinator puts the meeting's list in a new order. The list sent must be exactly the meeting's
 * cases, each once: a case of another meeting (or MDT) named here is refused, never moved.
 */
export async function reorderCases(
  ctx: MdtContext,
  actor: Actor,
  meetingId: string,
  caseIds: readonly string[],
): Promise<MdtCaseView[]> {
  const authorise = () => authoriseMeeting(ctx, actor, 'mdt.meeting.manage', meetingId);
  const lock = async (trx: Transaction<Database>, m: Awaited<ReturnType<typeof authorise>>) => {
    await trx.selectFrom('mdt_meetings').select('id').where('id', '=', m.id).forUpdate().executeTakeFirstOrThrow();
    return m;
  };
  const { result } = await change(ctx, { authorise, lock }, async (trx, m) => {
    const current = await trx
      .selectFrom('mdt_cases')
      .select(['id', 'position'])
      .where('meeting_id', '=', m.id)
      .execute();
    const order = caseIds.map((id) => id.toLowerCase());
    const known = new Set(current.map((c) => c.id));
    if (order.length !== known.size || new Set(order).size !== order.length || !order.every((id) => known.has(id)))
      throw new DomainError('bad_request', `send every case on this meeting's list exactly once (${known.size} cases)`);
    // Positions are unique per meeting, checked row by row: step aside to negatives, then take the new places.
    await trx
      .updateTable('mdt_cases')
      .set((eb) => ({ position: eb.neg(eb.ref('position')) }))
      .where('meeting_id', '=', m.id)
      .execute();
    for (const [i, id] of order.entries())
      await trx
        .updateTable('mdt_cases')
        .set({ position: i + 1 })
        .where('id', '=', id)
        .execute();
    await auditMdt(ctx, trx, actor, 'mdt.case.reorder', { type: 'mdt_meeting', id: m.id }, { order });
    return m.id;
  });
  return readCases(ctx.db, { meetingId: result });
}
