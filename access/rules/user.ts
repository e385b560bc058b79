import { ALLOW, deny, type Decision } from '../decision';
import type { Identity } from '../identity';

/** A staff account as `may` sees it, for what a person may change about themselves. */
export interface UserResource {
  type: 'user';
  id: string;
}

/** Presence is one's own to set: nobody marks a colleague available or away. */
export function onUser(identity: Identity, user: UserResource): Decision {
  return user.id === identity.id ? ALLOW : deny('you may change only your own presence');
}
