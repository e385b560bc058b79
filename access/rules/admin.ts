import { ALLOW, type Decision } from '../decision';

/** An organisation as `may` sees it, for managing its accounts and services. */
export interface OrganisationResource {
  type: 'organisation';
  id: string;
}

/** The whole installation, for what no one organisation owns (the audit trail). */
export interface SystemResource {
  type: 'system';
}

/** Administration is decided by the role alone: whoever holds the grant may act on any of these resources. */
export function onAdmin(): Decision {
  return ALLOW;
}
