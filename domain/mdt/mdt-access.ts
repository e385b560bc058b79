import { may, ROLE_GRANTS, type Action } from '../../access/authorize';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import type { MdtContext } from './mdt-context';

/** Reading the list (any member of the team), preparing it (coordinators and clinicians), or following it live. */
export type MdtAction = 'mdt.case.read' | 'mdt.meeting.manage' | 'mdt.live.follow';

/** An MDT as the use cases need it once the actor may act on it: its service and organisation. */
export interface MdtInScope {
  serviceId: string;
  organisationId: string;
  name: string;
}

/**
 * The role is judged before any lookup, so a guest, care-home or prison token learns nothing of
 * which MDT ids exist: every MDT route refuses them alike (403, audited). Exported for the one
 * lookup that starts from something else (an attachment's id).
 */
export async function roleMay(ctx: MdtContext, actor: Actor, action: Action, target: { type: string; id: string }) {
  if (!ROLE_GRANTS[actor.identity.role].has(action))
    await refuse(ctx, actor, action, target, `the ${actor.identity.role} role may not ${action}`);
}

/** An MDT service by id, for its set-up and for scheduling: refused unless the actor is on its team. */
export async function authoriseMdt(
  ctx: MdtContext,
  actor: Actor,
  action: MdtAction,
  serviceId: string,
): Promise<MdtInScope> {
  const id = requireId(serviceId, 'MDT');
  await roleMay(ctx, actor, action, { type: 'service', id });
  const s = await ctx.db
    .selectFrom('services')
    .select(['id', 'kind', 'organisation_id', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!s || s.kind !== 'mdt') throw new DomainError('not_found', 'there is no such MDT');
  const decision = may(actor.identity, action, { type: 'service', id, kind: s.kind });
  if (!decision.allowed) await refuse(ctx, actor, action, { type: 'service', id }, decision.reason);
  return { serviceId: id, organisationId: s.organisation_id, name: s.name };
}

/** A meeting by id, with its MDT: refused unless the actor is on the meeting's team. */
export async function authoriseMeeting(ctx: MdtContext, actor: Actor, action: MdtAction, meetingId: string) {
  const id = requireId(meetingId, 'MDT meeting');
  await roleMay(ctx, actor, action, { type: 'mdt_meeting', id });
  const m = await ctx.db
    .selectFrom('mdt_meetings as m')
    .innerJoin('services as s', 's.id', 'm.service_id')
    .selectAll('m')
    .select(['s.organisation_id', 's.name as service_name'])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!m) throw new DomainError('not_found', 'there is no such MDT meeting');
  const decision = may(actor.identity, action, { type: 'mdt_meeting', id, serviceId: m.service_id });
  if (!decision.allowed) await refuse(ctx, actor, action, { type: 'mdt_meeting', id }, decision.reason);
  return m;
}

/** A case by id, with its meeting and MDT: refused unless the actor is on the case's team. */
export async function authoriseCase(ctx: MdtContext, actor: Actor, action: MdtAction, caseId: string) {
  const id = requireId(caseId, 'MDT case');
  await roleMay(ctx, actor, action, { type: 'mdt_case', id });
  const c = await ctx.db
    .selectFrom('mdt_cases as c')
    .innerJoin('mdt_meetings as m', 'm.id', 'c.meeting_id')
    .innerJoin('services as s', 's.id', 'm.service_id')
    .select(['c.id', 'c.meeting_id', 'm.service_id', 's.organisation_id', 'm.starts_at', 'm.ends_at'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!c) throw new DomainError('not_found', 'there is no such MDT case');
  const decision = may(actor.identity, action, { type: 'mdt_case', id, serviceId: c.service_id });
  if (!decision.allowed) await refuse(ctx, actor, action, { type: 'mdt_case', id }, decision.reason);
  return c;
}
