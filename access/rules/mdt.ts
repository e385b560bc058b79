import { memberOf, type Decision } from '../decision';
import type { Identity } from '../identity';

/** An MDT meeting or case as `may` sees it: only the service whose team meets. */
export interface MdtResource {
  type: 'mdt_meeting' | 'mdt_case';
  id: string;
  serviceId: string;
}

/** MDT work is for the team: members of the meeting's service, and nobody from outside it. */
export function onMdt(identity: Identity, mdt: MdtResource): Decision {
  return memberOf(identity, mdt.serviceId);
}
