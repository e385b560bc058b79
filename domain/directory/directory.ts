import { may, type Identity } from '../../access/authorize';
import { serviceResource } from '../../access/resources';
import type { LivePresence } from '../../contracts/protocol/notifications';
import type { Actor, DomainContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';

/** A colleague as the directory lists them: enough to choose whom to bring into a call. */
export interface DirectoryEntry {
  userId: string;
  name: string;
  role: string;
  /** Whether they can be reached now (connected, in a call), from their connections rather than stored. */
  presence: LivePresence;
  /** What they set themselves (available, busy, away), kept across sign-ins. */
  availability: string;
  onCall: boolean;
  /** The actor's services this person also belongs to. */
  serviceIds: string[];
}

/**
 * Where live presence comes from: the signalling layer's board, which knows who is connected. The
 * domain only asks, so a deployment of several nodes swaps the board without the directory changing.
 */
export type PresenceLookup = (userId: string) => LivePresence;

/** The services whose staff the actor may see: those whose queues they work. */
async function visibleServices(ctx: Pick<DomainContext, 'db'>, identity: Identity): Promise<string[]> {
  const visible: string[] = [];
  for (const id of identity.serviceIds ?? []) {
    const service = await serviceResource(ctx.db, id);
    if (service && may(identity, 'queue.view', service).allowed) visible.push(id);
  }
  return visible;
}

/** Colleagues on the actor's services, who is available and who is on call: whom to bring into a call. */
export async function directory(
  ctx: Pick<DomainContext, 'db'>,
  actor: Actor,
  presenceOf: PresenceLookup = () => 'offline',
): Promise<DirectoryEntry[]> {
  if (actor.identity.role === 'guest') throw new DomainError('forbidden', 'the staff directory is for staff');
  const services = await visibleServices(ctx, actor.identity);
  if (!services.length) return [];
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('service_members as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.display_name', 'u.role', 'u.presence', 'u.on_call', 'm.service_id'])
    .where('m.service_id', 'in', services)
    .where('u.disabled_at', 'is', null)
    .where('u.id', '!=', actor.identity.id)
    .orderBy('u.display_name')
    .execute();
  const byUser = new Map<string, DirectoryEntry>();
  for (const r of rows) {
    const entry = byUser.get(r.id) ?? {
      userId: r.id,
      name: r.display_name,
      role: r.role,
      presence: presenceOf(r.id),
      availability: r.presence,
      onCall: r.on_call,
      serviceIds: [],
    };
    entry.serviceIds.push(r.service_id);
    byUser.set(r.id, entry);
  }
  return [...byUser.values()];
}
