import { OrganisationViewRoutes } from '../../contracts/http/organisation-views';
import { careHomeOverview } from '../../domain/organisation-views/care-home-overview';
import { organisationViewContext } from '../../domain/organisation-views/context';
import { prisonToday } from '../../domain/organisation-views/prison-today';
import { actorOf } from './actor';
import { serve } from './http-json';
import type { Route } from './route';

/**
 * The care home's and the prison's own pages. They take no parameters: the organisation is the
 * caller's, from their sign-in; the domain authorises, audits the reading, and audits a refusal.
 */
export const organisationViewRoutes: Route[] = [
  serve(OrganisationViewRoutes.careHome, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    reply(200, await careHomeOverview(organisationViewContext(ctx.deps.db), actor));
  }),
  serve(OrganisationViewRoutes.prisonToday, async (ctx, { reply }) => {
    const actor = await actorOf(ctx);
    reply(200, await prisonToday(organisationViewContext(ctx.deps.db), actor));
  }),
];
