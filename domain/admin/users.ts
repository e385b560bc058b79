import type { StaffRole } from '../../db/schema';
import { IdentityError } from '../../identity/identity-error';
import { normaliseUsername } from '../../identity/login';
import { createStaffUser } from '../../identity/staff-users';
import { auditActor, type Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { authoriseIn } from './authorise';
import type { AdminContext } from './context';
import { generatePassword } from './passwords';

/** An account as the users page lists it: who, in what role, and whether they can sign in now. */
export interface UserEntry {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  disabled: boolean;
  lockedUntil: Date | null;
}

/** The accounts of the admin's own organisation, by username. */
export async function listUsers(ctx: AdminContext, actor: Actor): Promise<UserEntry[]> {
  const org = actor.identity.organisationId ?? '';
  await authoriseIn(ctx, actor, 'admin.users.manage', org, { type: 'organisation', id: org });
  const now = ctx.now();
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'disabled_at', 'locked_until'])
    .where('organisation_id', '=', org)
    .orderBy('username')
    .execute();
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    disabled: u.disabled_at !== null,
    lockedUntil: u.locked_until && u.locked_until > now ? u.locked_until : null,
  }));
}

/** The new account, and its first password: shown to the admin this once, never stored in clear. */
export interface CreatedUser {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

/** A staff account in the admin's own organisation, with a generated first password. */
export async function createUser(
  ctx: AdminContext,
  actor: Actor,
  input: { username: string; displayName: string; role: StaffRole; password?: string },
): Promise<CreatedUser> {
  const org = actor.identity.organisationId ?? '';
  await authoriseIn(ctx, actor, 'admin.users.manage', org, { type: 'organisation', id: org });
  const username = normaliseUsername(input.username);
  if (!input.displayName.trim()) throw new DomainError('bad_request', 'an account needs a display name');
  const password = input.password ?? generatePassword();
  const user = await ctx.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (taken) throw new DomainError('conflict', `the username ${username} is already taken`);
    try {
      const u = { organisationId: org, username, displayName: input.displayName, role: input.role, password };
      return await createStaffUser(trx, u, auditActor(actor), actor.ip ?? null);
    } catch (err) {
      // A username or password the account rules refuse is the admin's input to correct, not a failed sign-in.
      if (err instanceof IdentityError) throw new DomainError('bad_request', err.message);
      throw err;
    }
  });
  return { id: user.id, username: user.username, displayName: user.display_name, role: user.role, password };
}
