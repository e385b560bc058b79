import { ALLOW, deny, memberOf, type Decision } from '../decision';
import type { Identity } from '../identity';

/** An MDT meeting or case as `may` sees it: only the service whose team meets. */
export interface MdtResource {
  type: 'mdt_meeting' | 'mdt_case';
  id: string;
  serviceId: string;
}

/**
 * MDT work is for the team: members of the meeting's service, and nobody from outside it, but for
 * an external clinician whose link is for this one meeting (never one of its cases by id, nor another
 * meeting). What they may do there at all is their role's grants: follow it and be in its call.
 */
export function onMdt(identity: Identity, mdt: MdtResource): Decision {
  if (identity.role === 'guest') {
    const scope = identity.scope;
    const theirs = scope?.kind === 'mdt_meeting' && mdt.type === 'mdt_meeting' && scope.id === mdt.id;
    return theirs ? ALLOW : deny('your link is not for this MDT meeting');
  }
  return memberOf(identity, mdt.serviceId);
}
