import type { Action, ResourceFor } from './actions';
import { deny, type Decision } from './decision';
import { ROLE_GRANTS } from './grants';
import type { Identity } from './identity';
import { onAdmin } from './rules/admin';
import { onConsultation } from './rules/consultation';
import { onMdt } from './rules/mdt';
import { onRoom } from './rules/room';
import { onService } from './rules/service';
import { onUser } from './rules/user';

/**
 * The one answer to "may this identity do this action on this resource". Plain data in, a
 * decision out: HTTP routes and every signalling request load the resource and ask here, so the
 * rules live in one place and can be tested exhaustively without a database or a socket. The rule
 * for each kind of resource is in access/rules/; this file checks the role and picks the rule.
 */

// What the policy speaks in, re-exported so importers keep one place to name it by.
export { ACTIONS, type Action, type ResourceFor } from './actions';
export type { Decision } from './decision';
export { ROLE_GRANTS } from './grants';
export { identityFromClaims, type Identity } from './identity';
export type { OrganisationResource, SystemResource } from './rules/admin';
export type { ConsultationResource } from './rules/consultation';
export type { MdtResource } from './rules/mdt';
export type { RoomResource } from './rules/room';
export type { ServiceResource } from './rules/service';
export type { UserResource } from './rules/user';

function onResource(identity: Identity, action: Action, resource: ResourceFor<Action>): Decision {
  switch (resource.type) {
    case 'service':
      return onService(identity, action, resource);
    case 'consultation':
      return onConsultation(identity, resource);
    case 'room':
      return onRoom(identity, resource);
    case 'mdt_meeting':
    case 'mdt_case':
      return onMdt(identity, resource);
    case 'user':
      return onUser(identity, resource);
    case 'organisation':
    case 'system':
      return onAdmin();
  }
}

/** Whether the identity may take this action on this resource: its role must grant it, and the resource be its own. */
export function may<A extends Action>(identity: Identity, action: A, resource: ResourceFor<A>): Decision {
  if (!ROLE_GRANTS[identity.role].has(action)) return deny(`the ${identity.role} role may not ${action}`);
  return onResource(identity, action, resource);
}
