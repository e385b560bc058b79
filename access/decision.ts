import type { Role } from '../identity/tokens';
import type { Identity } from './identity';

/** The answer `may` gives: a refusal carries its reason so the caller can say why. */
export type Decision = { allowed: true } | { allowed: false; reason: string };

/** The one "yes", shared so the rules need not build their own. */
export const ALLOW: Decision = { allowed: true };

/** A "no" with the reason the person is shown. */
export const deny = (reason: string): Decision => ({ allowed: false, reason });

/** The roles that run a service; several kinds of resource are theirs by service membership. */
export const SERVICE_STAFF: ReadonlySet<Role> = new Set<Role>(['clinician', 'nurse', 'coordinator']);

/** The rule most resources come down to for staff: they must belong to the service it is in. */
export function memberOf(identity: Identity, serviceId: string): Decision {
  return identity.serviceIds?.includes(serviceId) ? ALLOW : deny(`you are not a member of service ${serviceId}`);
}
