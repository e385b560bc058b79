import type { Kysely, Transaction } from 'kysely';
import { inTransaction } from '../db/in-transaction';
import type { Database, StaffRole, User } from '../db/schema';
import { appendAudit } from '../audit/audit-log';
import { IdentityError } from './identity-error';
import { normaliseUsername } from './login';
import { hashPassword, passwordProblem } from './passwords';

export interface NewStaffUser {
  organisationId: string;
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
  serviceIds?: string[];
}

export interface Actor {
  id: string;
  role: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export async function createStaffUser(
  db: Kysely<Database> | Transaction<Database>,
  input: NewStaffUser,
  actor: Actor,
  ip: string | null = null,
): Promise<User> {
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username)) {
    throw new IdentityError('invalid', 'a username is 3–64 letters, digits, dots, dashes or underscores');
  }
  const problem = passwordProblem(input.password);
  if (problem) throw new IdentityError('weak_password', problem);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        organisation_id: input.organisationId,
        username,
        display_name: input.displayName.trim(),
        role: input.role,
        password_hash: passwordHash,
        locked_until: null,
        disabled_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (const serviceId of input.serviceIds ?? []) {
      await trx.insertInto('service_members').values({ service_id: serviceId, user_id: user.id }).execute();
    }
    await appendAudit(trx, {
      actor,
      action: 'admin.user.create',
      resource: { type: 'user', id: user.id },
      ip,
      details: { username, role: input.role, organisation_id: input.organisationId, services: input.serviceIds ?? [] },
    });
    return user;
  });
}

/** Lifts a lock-out before its fifteen minutes are up. */
export async function unlockUser(
  db: Kysely<Database>,
  userId: string,
  actor: Actor,
  ip: string | null = null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ locked_until: null, failed_logins: 0 }).where('id', '=', userId).execute();
    await appendAudit(trx, { actor, action: 'admin.user.unlock', resource: { type: 'user', id: userId }, ip });
  });
}

export async function setPassword(
  db: Kysely<Database>,
  userId: string,
  password: string,
  actor: Actor,
  ip: string | null = null,
): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new IdentityError('weak_password', problem);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
      .where('id', '=', userId)
      .execute();
    // A new password ends every existing sign-in of the account.
    await trx
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    await appendAudit(trx, { actor, action: 'admin.user.password', resource: { type: 'user', id: userId }, ip });
  });
}
