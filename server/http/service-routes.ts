import { ServiceRoutes } from '../../contracts/http/services';
import { authenticate } from './authenticate';
import { serve } from './http-json';
import type { Route } from './route';

/** The services (queues, clinics, MDTs) the signed-in staff member belongs to, for their dashboard. */
export const serviceRoutes: Route[] = [
  serve(ServiceRoutes.mine, async (ctx, { reply }) => {
    const { claims } = await authenticate(ctx.req, ctx.deps.tokens, ctx.deps.grants);
    // A guest sees the one service their link was for, and no transfer targets.
    const guest = claims.role === 'guest';
    const ids = guest ? (claims.scope?.kind === 'service' ? [claims.scope.id] : []) : (claims.services ?? []);
    const services = ids.length
      ? await ctx.deps.db
          .selectFrom('services')
          .innerJoin('organisations', 'organisations.id', 'services.organisation_id')
          .select([
            'services.id',
            'services.name',
            'services.kind',
            'services.opening_hours as openingHours',
            'organisations.name as organisation',
          ])
          .where('services.id', 'in', ids)
          .orderBy('services.name')
          .execute()
      : [];
    // Every service of the organisation's trust is a possible transfer target; listed by name.
    const targets = guest
      ? []
      : await ctx.deps.db
          .selectFrom('services')
          .select(['id', 'name', 'kind'])
          .where('kind', '!=', 'mdt')
          .orderBy('name')
          .execute();
    reply(200, { services, transferTargets: targets });
  }),
];
