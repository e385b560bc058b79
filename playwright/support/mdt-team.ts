import type { StaffRole } from '../../contracts/vocabulary';
import { createStaffUser } from '../../identity/staff-users';
import type { RunningConvene } from '../../server/app';

const PASSWORD = 'a-long-mdt-team-password-0123';

/** The demo lung MDT's service and trust, for specs that add to its team. */
export async function lungMdt(convene: RunningConvene): Promise<{ id: string; organisationId: string }> {
  const mdt = await convene.db
    .selectFrom('services')
    .select(['id', 'organisation_id'])
    .where('kind', '=', 'mdt')
    .where('name', '=', 'Lung Cancer MDT')
    .executeTakeFirstOrThrow();
  return { id: mdt.id, organisationId: mdt.organisation_id };
}

/** A new member of the demo lung MDT's team, as an admin would add them; how they sign in. */
export async function joinLungMdt(
  convene: RunningConvene,
  person: { username: string; name: string; role: StaffRole },
): Promise<{ id: string; username: string; password: string; name: string }> {
  const mdt = await lungMdt(convene);
  const user = await createStaffUser(
    convene.db,
    {
      organisationId: mdt.organisationId,
      username: person.username,
      displayName: person.name,
      role: person.role,
      password: PASSWORD,
      serviceIds: [mdt.id],
    },
    { id: 'playwright', role: 'system' },
  );
  return { id: user.id, username: person.username, password: PASSWORD, name: person.name };
}
