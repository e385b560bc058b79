import type { MdtCoreRole, MdtType } from '../../contracts/mdt';
import { may } from '../../access/authorize';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { authoriseMdt } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';
import { requireTeamMembers, teamOf, type MdtTeamMember } from './mdt-team';

/** An MDT's set-up as the coordinator edits it. */
export interface MdtSetup {
  mdtType: MdtType;
  /** The roles that must be present for the meeting to be quorate, each once. */
  coreRoles: MdtCoreRole[];
  usualChairUserId: string | null;
  /** Each listed member's core role in this team; members not listed hold none. */
  memberRoles: { userId: string; coreRole: MdtCoreRole }[];
}

/** An MDT's set-up as read back, with its team to choose chairs, presenters and invitees from. */
export interface MdtSettingsView {
  serviceId: string;
  name: string;
  /** Null until a coordinator has set the MDT up. */
  mdtType: MdtType | null;
  coreRoles: MdtCoreRole[];
  usualChair: { id: string; name: string } | null;
  team: MdtTeamMember[];
  /** Whether the reader may change the set-up and schedule meetings (as `may` would judge it). */
  canManage: boolean;
  /** Who last set the MDT up, and when; null until someone has. */
  changed: { by: string; at: Date } | null;
}

/** The set-up of an MDT, for any member of its team (the panel sees who is expected and in which role). */
export async function readMdtSettings(ctx: MdtContext, actor: Actor, serviceId: string): Promise<MdtSettingsView> {
  const mdt = await authoriseMdt(ctx, actor, 'mdt.case.read', serviceId);
  const settings = await ctx.db
    .selectFrom('mdt_settings as s')
    .innerJoin('users as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.display_name as updated_by_name')
    .where('s.service_id', '=', mdt.serviceId)
    .executeTakeFirst();
  const team = await teamOf(ctx.db, mdt.serviceId);
  const chair = team.find((m) => m.id === settings?.usual_chair_user_id);
  return {
    serviceId: mdt.serviceId,
    name: mdt.name,
    mdtType: settings?.mdt_type ?? null,
    coreRoles: settings?.core_roles ?? [],
    usualChair: chair ? { id: chair.id, name: chair.name } : null,
    team,
    canManage: may(actor.identity, 'mdt.meeting.manage', { type: 'service', id: mdt.serviceId, kind: 'mdt' }).allowed,
    changed: settings ? { by: settings.updated_by_name, at: settings.updated_at } : null,
  };
}

/**
 * A coordinator sets up their MDT: the kind of team, the roles that make it quorate, the usual
 * chair and who holds which core role. Written whole each time, in one transaction, audited.
 */
export async function configureMdt(
  ctx: MdtContext,
  actor: Actor,
  serviceId: string,
  setup: MdtSetup,
): Promise<MdtSettingsView> {
  const mdt = await authoriseMdt(ctx, actor, 'mdt.meeting.manage', serviceId);
  if (new Set(setup.coreRoles).size !== setup.coreRoles.length)
    throw new DomainError('bad_request', 'list each core role once');
  const members = setup.memberRoles.map((m) => m.userId.toLowerCase());
  if (new Set(members).size !== members.length) throw new DomainError('bad_request', 'give each member one core role');
  await ctx.db.transaction().execute(async (trx) => {
    const chair = setup.usualChairUserId
      ? (await requireTeamMembers(trx, mdt.serviceId, [setup.usualChairUserId], 'usual chair'))[0]!
      : null;
    const holders = await requireTeamMembers(trx, mdt.serviceId, members, 'member given a core role');
    const row = {
      mdt_type: setup.mdtType,
      core_roles: JSON.stringify(setup.coreRoles),
      usual_chair_user_id: chair,
      updated_by: actor.identity.id,
      updated_at: ctx.now(),
    };
    await trx
      .insertInto('mdt_settings')
      .values({ service_id: mdt.serviceId, ...row })
      .onConflict((oc) => oc.column('service_id').doUpdateSet(row))
      .execute();
    await trx.deleteFrom('mdt_member_roles').where('service_id', '=', mdt.serviceId).execute();
    if (holders.length)
      await trx
        .insertInto('mdt_member_roles')
        .values(
          setup.memberRoles.map((m, i) => ({ service_id: mdt.serviceId, user_id: holders[i]!, core_role: m.coreRole })),
        )
        .execute();
    const details = {
      mdt_type: setup.mdtType,
      core_roles: setup.coreRoles,
      usual_chair: chair,
      members: holders.length,
    };
    await auditMdt(ctx, trx, actor, 'mdt.settings.configure', { type: 'service', id: mdt.serviceId }, details);
  });
  return readMdtSettings(ctx, actor, mdt.serviceId);
}
