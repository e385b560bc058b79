import type { Transaction } from 'kysely';
import type { Consultation, ConsultationStatus, Database } from '../../db/schema';
import { authorise, lockConsultation, type ConsultationAction } from './access';
import type { DomainContext } from './context';
import { DomainError } from './domain-error';
import type { Actor } from './types';

type Work<T> = (trx: Transaction<Database>, c: Consultation, at: Date) => Promise<T>;

/** Authorise, then make the change on the locked row; events are emitted by the caller once committed. */
export async function change<T>(
  ctx: DomainContext,
  actor: Actor,
  action: ConsultationAction,
  id: string,
  work: Work<T>,
): Promise<{ result: T; before: Consultation }> {
  const auth = await authorise(ctx, actor, action, id);
  const at = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockConsultation(trx, auth);
    return { result: await work(trx, before, at), before };
  });
}

export function expectStatus(c: Consultation, allowed: ConsultationStatus[], doing: string): void {
  if (!allowed.includes(c.status)) {
    throw new DomainError('conflict', `cannot ${doing}: the consultation is ${c.status.replace('_', ' ')}`);
  }
}
