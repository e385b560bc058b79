import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** An attendee as the live state lists them (live-state.ts's shape, stated here to keep the import one way). */
interface Attendee {
  userId: string;
  name: string;
  coreRole: string | null;
  present: boolean;
}

/** External clinicians in the call now, as attendees: marked external, with the role they were invited as. */
export async function externalsInCall(db: Kysely<Database>, meetingId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('mdt_external_attendance as a')
    .innerJoin('mdt_external_invites as x', 'x.jti', 'a.invite_jti')
    .innerJoin('invites as i', 'i.jti', 'x.jti')
    .select(['x.jti', 'i.display_name', 'x.role_and_organisation'])
    .distinct()
    .where('a.meeting_id', '=', meetingId)
    .where('a.left_at', 'is', null)
    .orderBy('i.display_name')
    .execute();
  const name = (r: (typeof rows)[number]) => `${r.display_name ?? 'Guest'} (external, ${r.role_and_organisation})`;
  return rows.map((r) => ({ userId: `guest-${r.jti}`, name: name(r), coreRole: null, present: true }));
}
