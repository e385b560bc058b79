import type { OpeningHours, ServiceKind } from '../../db/schema';
import type { Actor } from '../kernel/context';
import { authoriseIn } from './authorise';
import type { AdminContext } from './context';

/** A service as administration shows it: what it is, when it is open, and who works it. */
export interface ServiceEntry {
  id: string;
  name: string;
  kind: ServiceKind;
  openingHours: OpeningHours;
  members: { id: string; username: string; displayName: string; role: string }[];
}

/** The services of the admin's own organisation, with their members, for the services page. */
export async function listServices(ctx: AdminContext, actor: Actor): Promise<ServiceEntry[]> {
  const org = actor.identity.organisationId ?? '';
  await authoriseIn(ctx, actor, 'admin.services.manage', org, { type: 'organisation', id: org });
  const services = await ctx.db
    .selectFrom('services')
    .selectAll()
    .where('organisation_id', '=', org)
    .orderBy('name')
    .execute();
  const members = services.length
    ? await ctx.db
        .selectFrom('service_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.service_id', 'u.id', 'u.username', 'u.display_name', 'u.role'])
        .where(
          'm.service_id',
          'in',
          services.map((s) => s.id),
        )
        .orderBy('u.display_name')
        .execute()
    : [];
  return services.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    openingHours: s.opening_hours,
    members: members
      .filter((m) => m.service_id === s.id)
      .map((m) => ({ id: m.id, username: m.username, displayName: m.display_name, role: m.role })),
  }));
}
