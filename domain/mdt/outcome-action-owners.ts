import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { ACTION_OWNER_ROLES, type ActionItem } from '../../contracts/mdt-outcome';
import { DomainError } from '../kernel/domain-error';
import { activeMembersAmong } from './mdt-team';

/** Actions as stored: each owner's id in the one spelling the dashboard compares against. */
const normalised = (actions: ActionItem[]) => actions.map((a) => ({ ...a, ownerUserId: a.ownerUserId.toLowerCase() }));

/**
 * The actions to store, once every owner they newly name (a new action, or one given to someone
 * else) is a member of the MDT's own team who can still sign in, in a role an action may be given
 * to. An id sent by the browser is checked, never trusted. An action left as it was keeps its owner
 * even if they have since left, so one leaver does not stop the team editing the others.
 */
export async function checkActionOwners(
  trx: Transaction<Database>,
  serviceId: string,
  next: ActionItem[] | null,
  current: unknown,
): Promise<ActionItem[] | null> {
  if (!next) return null;
  const actions = normalised(next);
  const before = new Map(
    (Array.isArray(current) ? (current as ActionItem[]) : []).map((a) => [a.id, a.ownerUserId.toLowerCase()]),
  );
  const named = actions.filter((a) => before.get(a.id) !== a.ownerUserId);
  const owners = [...new Set(named.map((a) => a.ownerUserId))];
  const ok = await activeMembersAmong(trx, serviceId, owners, ACTION_OWNER_ROLES);
  const stranger = named.find((a) => !ok.has(a.ownerUserId));
  if (stranger)
    throw new DomainError(
      'bad_request',
      `the owner of “${stranger.what.slice(0, 80)}” is not a member of this MDT's team: choose someone from the team`,
    );
  return actions;
}
