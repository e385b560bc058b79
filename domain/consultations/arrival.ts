import { refuse } from '../kernel/refuse';
import { checkRequest } from './arrival-checks';
import { joinConsultation } from './arrival-consultation';
import { joinServiceQueue } from './arrival-queue';
import type { ConsultationContext } from './context';
import type { Actor, Arrival, ArrivalRequest } from './types';

/** A guest opens their link: into a service's queue, or into (the waiting area of) one consultation. */
export async function arrive(ctx: ConsultationContext, actor: Actor, request: ArrivalRequest): Promise<Arrival> {
  const req = checkRequest(request);
  const scope = actor.identity.scope;
  if (actor.identity.role !== 'guest' || !scope || scope.kind === 'mdt_meeting') {
    return refuse(ctx, actor, 'waiting.enter', null, 'only a guest with an invite link arrives in a waiting area');
  }
  // Others see the name the guest gave on arrival, not whatever the link was made out to.
  const guest: Actor = { ...actor, name: req.displayName };
  return scope.kind === 'service'
    ? joinServiceQueue(ctx, guest, scope.id, req)
    : joinConsultation(ctx, guest, scope.id, req);
}
