import type { ServiceKind } from '../../db/schema';
import type { Role } from '../../identity/tokens';
import type { Action } from '../actions';
import { ALLOW, deny, memberOf, type Decision } from '../decision';
import type { Identity } from '../identity';

/** A service as `may` sees it: its kind decides who may start a call to it. */
export interface ServiceResource {
  type: 'service';
  id: string;
  kind: ServiceKind;
}

const REQUESTING_STAFF = new Set<Role>(['care_home_staff', 'prison_staff']);

/** Whether the identity may act on this service: by its invite, as a requester, or as a member. */
export function onService(identity: Identity, action: Action, service: ServiceResource): Decision {
  if (identity.role === 'guest') {
    const scope = identity.scope;
    return scope?.kind === 'service' && scope.id === service.id ? ALLOW : deny('your link is not for this service');
  }
  if (action === 'consultation.request') {
    if (REQUESTING_STAFF.has(identity.role)) {
      return service.kind === 'on_demand_hub' ? ALLOW : deny('calls can be started only to an on-demand hub');
    }
    return ALLOW;
  }
  return memberOf(identity, service.id);
}
