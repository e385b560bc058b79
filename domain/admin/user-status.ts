import { hashPassword, passwordProblem } from '../../identity/passwords';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { changeAccount, endSessions } from './account-changes';
import type { AdminContext } from './context';
import { generatePassword } from './passwords';

/**
 * Stops an account signing in and ends its sign-ins now (the caller tells the live grants, so
 * open sockets close). An admin may not disable themselves and leave nobody to undo it.
 */
export async function disableUser(ctx: AdminContext, actor: Actor, userId: string): Promise<void> {
  if (userId.toLowerCase() === actor.identity.id)
    throw new DomainError('bad_request', 'you cannot disable your own account');
  await changeAccount(ctx, actor, userId, 'admin.user.disable', async (trx, id, at) => {
    await trx.updateTable('users').set({ disabled_at: at }).where('id', '=', id).execute();
    await endSessions(trx, id, at);
  });
}

/** Lets a disabled account sign in again, with the password it had. */
export async function enableUser(ctx: AdminContext, actor: Actor, userId: string): Promise<void> {
  await changeAccount(ctx, actor, userId, 'admin.user.enable', async (trx, id) => {
    await trx.updateTable('users').set({ disabled_at: null }).where('id', '=', id).execute();
  });
}

/** Lifts a lock-out before its fifteen minutes are up (the person rang to say it was them). */
export async function unlockUser(ctx: AdminContext, actor: Actor, userId: string): Promise<void> {
  await changeAccount(ctx, actor, userId, 'admin.user.unlock', async (trx, id) => {
    await trx.updateTable('users').set({ locked_until: null, failed_logins: 0 }).where('id', '=', id).execute();
  });
}

/**
 * A new password for someone who forgot theirs, generated and shown to the admin once (or the
 * one the command line read from stdin). It ends the account's sign-ins and lifts any lock-out.
 */
export async function resetPassword(
  ctx: AdminContext,
  actor: Actor,
  userId: string,
  chosen?: string,
): Promise<{ password: string }> {
  const password = chosen ?? generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw new DomainError('bad_request', problem);
  // Hashed before the transaction, so the scrypt work holds no lock.
  const hash = await hashPassword(password);
  return changeAccount(ctx, actor, userId, 'admin.user.password', async (trx, id, at) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, failed_logins: 0, locked_until: null })
      .where('id', '=', id)
      .execute();
    await endSessions(trx, id, at);
    return { password };
  });
}
