import type { Kysely } from 'kysely';
import { formatRoomId } from '../../contracts/protocol/rooms';
import type { Database } from '../../db/schema';

/** A meeting as the list and the meeting page show it: when, who chairs, its video room, who is asked. */
export interface MdtMeetingSummary {
  id: string;
  serviceId: string;
  serviceName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  chair: { id: string; name: string } | null;
  /** The meeting's media room, which the team joins by this id. */
  roomId: string;
  caseCount: number;
  invitees: { id: string; name: string }[];
}

/** The meetings with these ids, read in one pass each for meetings, invitees and case counts, in the order given. */
export async function meetingSummaries(db: Kysely<Database>, ids: readonly string[]): Promise<MdtMeetingSummary[]> {
  if (ids.length === 0) return [];
  const meetings = await db
    .selectFrom('mdt_meetings as m')
    .innerJoin('services as s', 's.id', 'm.service_id')
    .leftJoin('users as chair', 'chair.id', 'm.chair_user_id')
    .select(['m.id', 'm.service_id', 's.name as service_name', 'm.title', 'm.starts_at', 'm.ends_at'])
    .select(['m.chair_user_id', 'chair.display_name as chair_name'])
    .select((eb) =>
      eb
        .selectFrom('mdt_cases as c')
        .select((c) => c.fn.countAll<string | number>().as('n'))
        .whereRef('c.meeting_id', '=', 'm.id')
        .where('c.status', '<>', 'rolled_over')
        .as('case_count'),
    )
    .where('m.id', 'in', ids)
    .execute();
  const invitees = await db
    .selectFrom('mdt_meeting_invitees as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.meeting_id', 'u.id', 'u.display_name'])
    .where('i.meeting_id', 'in', ids)
    .orderBy('u.display_name')
    .execute();
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return ids.flatMap((id) => {
    const m = byId.get(id);
    if (!m) return [];
    return [
      {
        id: m.id,
        serviceId: m.service_id,
        serviceName: m.service_name,
        title: m.title,
        startsAt: m.starts_at,
        endsAt: m.ends_at,
        chair: m.chair_user_id ? { id: m.chair_user_id, name: m.chair_name ?? '' } : null,
        roomId: formatRoomId({ kind: 'mdt', id: m.id }),
        caseCount: Number(m.case_count ?? 0),
        invitees: invitees.filter((i) => i.meeting_id === id).map((i) => ({ id: i.id, name: i.display_name })),
      },
    ];
  });
}
