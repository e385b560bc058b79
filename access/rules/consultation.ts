import { ALLOW, deny, memberOf, SERVICE_STAFF, type Decision } from '../decision';
import type { Identity } from '../identity';

/** A consultation as `may` sees it: whose service it is, who asked for it and who is in it. */
export interface ConsultationResource {
  type: 'consultation';
  id: string;
  serviceId: string;
  /** The care home or prison that asked for the call, when one did. */
  requesterOrganisationId?: string | null | undefined;
  participantUserIds?: readonly string[] | undefined;
}

/** Whether the consultation is the identity's: their link's, their service's, theirs or their organisation's. */
export function onConsultation(identity: Identity, c: ConsultationResource): Decision {
  if (identity.role === 'guest') {
    const scope = identity.scope;
    return scope?.kind === 'consultation' && scope.id === c.id ? ALLOW : deny('your link is not for this consultation');
  }
  if (SERVICE_STAFF.has(identity.role)) return memberOf(identity, c.serviceId);
  if (c.participantUserIds?.includes(identity.id)) return ALLOW;
  if (identity.organisationId && c.requesterOrganisationId === identity.organisationId) return ALLOW;
  return deny('this consultation was not requested by your organisation');
}
