import { may, ROLE_GRANTS } from '../../access/authorize';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { refuse } from '../kernel/refuse';
import { authoriseMdt } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';
import { requireTeamMembers } from './mdt-team';
import { meetingSummaries, type MdtMeetingSummary } from './meeting-summaries';

/** A meeting as the coordinator schedules it. */
export interface NewMdtMeeting {
  serviceId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The MDT's usual chair when not given. */
  chairUserId?: string | null | undefined;
  inviteeUserIds: string[];
}

const HOUR = 3_600_000;
/** How far back the "recent" list reaches, so last week's outcomes are a click away. */
const RECENT_DAYS = 30;

/**
 * A coordinator schedules a meeting of their MDT with its chair and the team members asked to it.
 * Chair and invitees are checked against the team; nobody outside it can be brought in by id.
 */
export async function scheduleMeeting(ctx: MdtContext, actor: Actor, m: NewMdtMeeting): Promise<MdtMeetingSummary> {
  const mdt = await authoriseMdt(ctx, actor, 'mdt.meeting.manage', m.serviceId);
  const title = m.title.trim();
  if (!title || title.length > 120)
    throw new DomainError('bad_request', 'give the meeting a title (up to 120 characters)');
  if (!(m.endsAt > m.startsAt)) throw new DomainError('bad_request', 'the meeting must end after it starts');
  if (m.endsAt.getTime() - m.startsAt.getTime() > 12 * HOUR)
    throw new DomainError('bad_request', 'a meeting may last at most 12 hours');
  if (m.endsAt <= ctx.now()) throw new DomainError('bad_request', 'that meeting would already be over');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const usual = await trx
      .selectFrom('mdt_settings')
      .select('usual_chair_user_id')
      .where('service_id', '=', mdt.serviceId)
      .executeTakeFirst();
    const chairId = m.chairUserId === undefined ? (usual?.usual_chair_user_id ?? null) : m.chairUserId;
    const chair = chairId ? (await requireTeamMembers(trx, mdt.serviceId, [chairId], 'chair'))[0]! : null;
    const invitees = await requireTeamMembers(trx, mdt.serviceId, m.inviteeUserIds, 'invitee');
    const meeting = await trx
      .insertInto('mdt_meetings')
      .values({ service_id: mdt.serviceId, title, starts_at: m.startsAt, ends_at: m.endsAt, chair_user_id: chair })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (invitees.length)
      await trx
        .insertInto('mdt_meeting_invitees')
        .values(invitees.map((user_id) => ({ meeting_id: meeting.id, user_id })))
        .execute();
    const details = { service_id: mdt.serviceId, starts_at: m.startsAt.toISOString(), chair, invitees };
    await auditMdt(ctx, trx, actor, 'mdt.meeting.schedule', { type: 'mdt_meeting', id: meeting.id }, details);
    return meeting.id;
  });
  return (await meetingSummaries(ctx.db, [id]))[0]!;
}

/**
 * The meetings of the MDTs the actor is on: those still to come (soonest first) and those of the
 * last month (latest first). Only services the token names and `may` allows are read.
 */
export async function listMyMeetings(
  ctx: MdtContext,
  actor: Actor,
): Promise<{ upcoming: MdtMeetingSummary[]; recent: MdtMeetingSummary[] }> {
  if (!ROLE_GRANTS[actor.identity.role].has('mdt.case.read'))
    await refuse(ctx, actor, 'mdt.case.read', null, `the ${actor.identity.role} role may not mdt.case.read`);
  const services = (actor.identity.serviceIds ?? []).filter(
    (id) => may(actor.identity, 'mdt.case.read', { type: 'service', id, kind: 'mdt' }).allowed,
  );
  if (services.length === 0) return { upcoming: [], recent: [] };
  const now = ctx.now();
  const rows = await ctx.db
    .selectFrom('mdt_meetings as m')
    .innerJoin('services as s', 's.id', 'm.service_id')
    .select(['m.id', 'm.ends_at'])
    .where('s.kind', '=', 'mdt')
    .where('m.service_id', 'in', services)
    .where('m.ends_at', '>=', new Date(now.getTime() - RECENT_DAYS * 24 * HOUR))
    .orderBy('m.starts_at')
    .limit(200)
    .execute();
  const upcoming = rows.filter((r) => r.ends_at >= now).map((r) => r.id);
  const recent = rows
    .filter((r) => r.ends_at < now)
    .map((r) => r.id)
    .reverse();
  return { upcoming: await meetingSummaries(ctx.db, upcoming), recent: await meetingSummaries(ctx.db, recent) };
}
