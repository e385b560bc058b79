import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { auditActor, type Actor } from '../kernel/context';
import { requireId } from '../kernel/ids';
import { authoriseFound } from './authorise';
import type { AdminContext } from './context';
import { userOrganisation } from './lookups';

/**
 * One change to an account the admin manages: authorised (their own organisation's account), then
 * made and audited in one transaction. The use cases in user-status.ts differ only in the change.
 */
export async function changeAccount<T>(
  ctx: AdminContext,
  actor: Actor,
  userId: string,
  action: string,
  work: (trx: Transaction<Database>, id: string, at: Date) => Promise<T>,
): Promise<T> {
  const id = requireId(userId, 'user');
  const target = { type: 'user', id };
  await authoriseFound(ctx, actor, 'admin.users.manage', target, () => userOrganisation(ctx.db, id));
  const at = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const result = await work(trx, id, at);
    await ctx.audit(trx, { actor: auditActor(actor), action, resource: target, ip: actor.ip ?? null, at });
    return result;
  });
}

/** Ends every sign-in of an account: its refresh cookies stop working and its tokens are refused. */
export async function endSessions(trx: Transaction<Database>, userId: string, at: Date): Promise<void> {
  await trx
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
