import type { InviteScope } from '../db/schema';
import type { AccessClaims, Role } from '../identity/tokens';

/** Who is asking, in the plain shape `may` reads, so the policy needs no token, socket or database. */
export interface Identity {
  id: string;
  role: Role;
  organisationId?: string | undefined;
  /** Services the staff member belongs to (their queues, clinics and MDTs). */
  serviceIds?: readonly string[] | undefined;
  /** A guest's invite: the one consultation, service or MDT meeting the link was for. */
  scope?: { kind: InviteScope; id: string } | undefined;
  /** A guest's invite id, for what is recorded against the link (an external clinician's attendance). */
  inviteId?: string | undefined;
  /** Practice rooms (`dev-…`) granted by name in a development token; never a consultation's or an MDT's. */
  rooms?: readonly string[] | undefined;
}

/** The identity an access token carries, in the shape `may` reads. */
export function identityFromClaims(claims: AccessClaims): Identity {
  return {
    id: claims.sub,
    role: claims.role,
    organisationId: claims.org,
    serviceIds: claims.services,
    scope: claims.scope,
    inviteId: claims.inv,
    rooms: claims.rooms,
  };
}
