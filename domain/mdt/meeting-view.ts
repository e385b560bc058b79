import { may } from '../../access/authorize';
import type { MdtCoreRole, MdtType } from '../../contracts/mdt';
import type { Actor } from '../kernel/context';
import { readCases, type MdtCaseView } from './case-view';
import { authoriseMeeting } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';
import { meetingSummaries, type MdtMeetingSummary } from './meeting-summaries';

/** A meeting with its case list in order, as the coordinator prepares it and the panel reads it beforehand. */
export interface MdtMeetingDetail {
  meeting: MdtMeetingSummary;
  mdt: { mdtType: MdtType | null; coreRoles: MdtCoreRole[] };
  cases: MdtCaseView[];
  /** Whether this reader may change the list (add, reorder, roll over), so pages offer only what works. */
  canManage: boolean;
}

/**
 * Any member of the MDT's team reads the meeting and its cases, days ahead if they like. The read
 * is audited: the list names patients and their diagnoses.
 */
export async function readMeeting(ctx: MdtContext, actor: Actor, meetingId: string): Promise<MdtMeetingDetail> {
  const m = await authoriseMeeting(ctx, actor, 'mdt.case.read', meetingId);
  return ctx.db.transaction().execute(async (trx) => {
    const [meeting] = await meetingSummaries(trx, [m.id]);
    const settings = await trx
      .selectFrom('mdt_settings')
      .select(['mdt_type', 'core_roles'])
      .where('service_id', '=', m.service_id)
      .executeTakeFirst();
    const cases = await readCases(trx, { meetingId: m.id });
    await auditMdt(ctx, trx, actor, 'mdt.meeting.read', { type: 'mdt_meeting', id: m.id }, { cases: cases.length });
    const resource = { type: 'mdt_meeting' as const, id: m.id, serviceId: m.service_id };
    return {
      meeting: meeting!,
      mdt: { mdtType: settings?.mdt_type ?? null, coreRoles: settings?.core_roles ?? [] },
      cases,
      canManage: may(actor.identity, 'mdt.meeting.manage', resource).allowed,
    };
  });
}
