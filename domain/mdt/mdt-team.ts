import type { Kysely, Transaction } from 'kysely';
import type { MdtCoreRole } from '../../contracts/mdt';
import type { Database, StaffRole } from '../../db/schema';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';

/** A member of an MDT's team as the set-up pages show them: who, their staff role, and their core role here. */
export interface MdtTeamMember {
  id: string;
  name: string;
  role: StaffRole;
  coreRole: MdtCoreRole | null;
}

/** The team of an MDT: the members of its service (accounts still able to sign in), with their core roles. */
export async function teamOf(db: Kysely<Database>, serviceId: string): Promise<MdtTeamMember[]> {
  const rows = await db
    .selectFrom('service_members as sm')
    .innerJoin('users as u', 'u.id', 'sm.user_id')
    .leftJoin('mdt_member_roles as r', (j) =>
      j.onRef('r.service_id', '=', 'sm.service_id').onRef('r.user_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.display_name', 'u.role', 'r.core_role'])
    .where('sm.service_id', '=', serviceId)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role, coreRole: r.core_role }));
}

/**
 * Which of `ids` are members of the MDT's team who can still sign in (in one of `roles`, when
 * given): the one check behind every person the browser names on an MDT.
 */
export async function activeMembersAmong(
  db: Kysely<Database> | Transaction<Database>,
  serviceId: string,
  ids: readonly string[],
  roles?: readonly StaffRole[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  let query = db
    .selectFrom('service_members as sm')
    .innerJoin('users as u', 'u.id', 'sm.user_id')
    .select('u.id')
    .where('sm.service_id', '=', serviceId)
    .where('u.id', 'in', [...ids])
    .where('u.disabled_at', 'is', null);
  if (roles) query = query.where('u.role', 'in', [...roles]);
  return new Set((await query.execute()).map((r) => r.id));
}

/**
 * The ids given, once each is certain to be a member of the MDT's team: a chair, presenter or
 * invitee named by the browser is never taken on trust, and nobody outside the team is let in by it.
 */
export async function requireTeamMembers(
  db: Kysely<Database> | Transaction<Database>,
  serviceId: string,
  userIds: readonly string[],
  what: string,
): Promise<string[]> {
  const ids = [...new Set(userIds.map((id) => requireId(id, what)))];
  const found = await activeMembersAmong(db, serviceId, ids);
  if (found.size !== ids.length)
    throw new DomainError('bad_request', `the ${what} must be a member of this MDT's team`);
  return ids;
}
