import { AdminRoutes } from './admin';
import { AuthRoutes } from './auth';
import { ConsultationRoutes } from './consultations';
import { DevRoutes } from './dev';
import { FixedLinkRoutes } from './fixed-links';
import { InviteRoutes } from './invites';
import { MdtOutcomeRoutes } from './mdt-outcomes';
import { MdtRoutes } from './mdt';
import { MdtExternalRoutes } from './mdt-external';
import { OrganisationViewRoutes } from './organisation-views';
import { PatientRoutes } from './patients';
import type { HttpRoute } from './route';
import { ServiceRoutes } from './services';

/**
 * Every HTTP route Convene serves, by area: the one table the server's routes and the browser's
 * calls are named from (and that tests check the server against).
 */
export const HttpRoutes = {
  auth: AuthRoutes,
  services: ServiceRoutes,
  invites: InviteRoutes,
  fixedLinks: FixedLinkRoutes,
  patients: PatientRoutes,
  consultations: ConsultationRoutes,
  dev: DevRoutes,
  admin: AdminRoutes,
  mdtOutcomes: MdtOutcomeRoutes,
  organisationViews: OrganisationViewRoutes,
  mdt: MdtRoutes,
  mdtExternal: MdtExternalRoutes,
} as const satisfies Record<string, Record<string, HttpRoute>>;

export * from './route';
export {
  AdminRoutes,
  AuthRoutes,
  ConsultationRoutes,
  DevRoutes,
  FixedLinkRoutes,
  InviteRoutes,
  MdtOutcomeRoutes,
  MdtExternalRoutes,
  MdtRoutes,
  OrganisationViewRoutes,
  PatientRoutes,
  ServiceRoutes,
};
