import type { Transaction } from 'kysely';
import type { Consultation, ConsultationStatus, Database } from '../../db/schema';
import { change as changeLocked } from '../kernel/change';
import { DomainError } from '../kernel/domain-error';
import { authorise, lockConsultation, type ConsultationAction } from './access';
import type { ConsultationContext } from './context';
import type { Actor } from './types';

/** Authorise, then make the change on the locked consultation row; events are emitted by the caller once committed. */
export function change<T>(
  ctx: ConsultationContext,
  actor: Actor,
  action: ConsultationAction,
  id: string,
  work: (trx: Transaction<Database>, c: Consultation, at: Date) => Promise<T>,
): Promise<{ result: T; before: Consultation }> {
  const guard = { authorise: () => authorise(ctx, actor, action, id), lock: lockConsultation };
  return changeLocked(ctx, guard, work);
}

export function expectStatus(c: Consultation, allowed: ConsultationStatus[], doing: string): void {
  if (!allowed.includes(c.status)) {
    throw new DomainError('conflict', `cannot ${doing}: the consultation is ${c.status.replace('_', ' ')}`);
  }
}
