import type { MdtCoreRole } from '../../contracts/mdt';
import { createStaffUser } from '../../identity/staff-users';
import type { RunningConvene } from '../app';
import { people } from './people';

const PASSWORD = 'a-long-test-password-0123';

/**
 * The demo lung MDT with room for more of a panel: its meeting and cases in list order, and a way to
 * put another specialist on its team (with the core role they fill) signed in on a socket of their own.
 */
export async function lungMdt(app: RunningConvene) {
  const p = people(app);
  const mdt = await app.db.selectFrom('services').selectAll().where('kind', '=', 'mdt').executeTakeFirstOrThrow();
  const meeting = await app.db
    .selectFrom('mdt_meetings')
    .select('id')
    .where('service_id', '=', mdt.id)
    .executeTakeFirstOrThrow();
  const listed = await app.db
    .selectFrom('mdt_cases')
    .select('id')
    .where('meeting_id', '=', meeting.id)
    .orderBy('position')
    .execute();
  async function specialist(username: string, name: string, coreRole?: MdtCoreRole) {
    const user = await createStaffUser(
      app.db,
      {
        organisationId: mdt.organisation_id,
        username,
        displayName: name,
        role: 'clinician',
        password: PASSWORD,
        serviceIds: [mdt.id],
      },
      { id: 'test', role: 'system' },
    );
    if (coreRole)
      await app.db
        .insertInto('mdt_member_roles')
        .values({ service_id: mdt.id, user_id: user.id, core_role: coreRole })
        .execute();
    const signedIn = await p.api('/api/auth/login', { username, password: PASSWORD });
    return p.socketWithCookie(signedIn.cookies.map((c) => c.split(';')[0]).join('; '));
  }
  return { meetingId: meeting.id, cases: listed.map((c) => c.id), specialist };
}
