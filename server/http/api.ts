import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { ErrorAnswer } from '../../contracts/http/shapes';
import { Refusal, refusalStatus } from '../../contracts/refusal';
import { Consultations } from '../../domain/consultations/consultations';
import { MdtLive } from '../../domain/mdt/live/mdt-live';
import { LiveGrants } from '../../identity/live-grants';
import { SignInThrottle } from '../../identity/sign-in-throttle';
import { adminRoutes } from './admin-routes';
import { authRoutes } from './auth-routes';
import { consultationRoutes } from './consultation-routes';
import { clientIp, HttpError, sendError, sendJson } from './http-json';
import { requestPath } from './request-path';
import { fixedLinkRoutes } from './fixed-link-routes';
import { inviteRoutes } from './invite-routes';
import { mdtRoutes } from './mdt-routes';
import { mdtExternalRoutes } from './mdt-external-routes';
import { mdtOutcomeRoutes } from './mdt-outcome-routes';
import { organisationViewRoutes } from './organisation-view-routes';
import { patientRoutes } from './patient-routes';
import { serviceRoutes } from './service-routes';
import type { ApiDeps, Route } from './route';

export type { ApiDeps } from './route';

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w.startsWith(':'))
      params[w.slice(1)] = decodeURIComponent(got[i]!); // checked by requestPath
    else if (w !== got[i]) return null;
  }
  return params;
}

/**
 * The JSON API: sign-in, sessions, invites and consultations, each route served as its contract in
 * contracts/http names it. Answers only its own paths, so the server can try it before the other
 * handlers; every failure is `{ error: { code, message } }` (contracts/http ErrorAnswer).
 */
export function createApi(apiDeps: ApiDeps) {
  const deps = {
    ...apiDeps,
    consultations: apiDeps.consultations ?? new Consultations({ db: apiDeps.db }),
    mdtLive: apiDeps.mdtLive ?? new MdtLive({ db: apiDeps.db }),
    grants: apiDeps.grants ?? new LiveGrants(apiDeps.db),
    signInThrottle: apiDeps.signInThrottle ?? new SignInThrottle(),
  };
  const routes: Route[] = [
    ...authRoutes,
    ...inviteRoutes,
    ...serviceRoutes,
    ...consultationRoutes,
    ...adminRoutes,
    ...patientRoutes,
    ...fixedLinkRoutes,
    ...mdtOutcomeRoutes,
    ...organisationViewRoutes,
    ...mdtRoutes,
    ...mdtExternalRoutes,
  ];

  function find(method: string, path: string): { route?: Route; params?: Record<string, string>; known: boolean } {
    let known = false;
    for (const route of routes) {
      const params = match(route.path, path);
      if (!params) continue;
      known = true;
      if (route.method === method) return { route, params, known };
    }
    return { known };
  }

  return {
    handles(path: string): boolean {
      return routes.some((r) => match(r.path, path));
    },

    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const path = requestPath(req.url);
      if (path === null) return sendError(res, 400, 'bad_request', 'the request target is not a valid path');
      try {
        const { route, params } = find(req.method ?? 'GET', path);
        if (!route || !params)
          throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed on ${path}`);
        await route.handle({ req, res, deps, params, ip: clientIp(req, deps.trustProxy) });
      } catch (err) {
        if (res.headersSent) return void res.end();
        if (err instanceof HttpError) return sendError(res, err.status, err.code, err.message);
        if (err instanceof Refusal) return sendError(res, refusalStatus(err), err.code, err.message);
        // The id the HTTP entry gave this request, so the answer and the log line can be matched.
        const requestId = String(res.getHeader('x-request-id') ?? '') || undefined;
        deps.logger.error({ err, path, requestId }, 'API request failed');
        const message = 'something went wrong; it has been logged';
        sendJson(res, 500, { error: { code: 'internal', message, requestId } } satisfies z.input<typeof ErrorAnswer>);
      }
    },
  };
}

export type Api = ReturnType<typeof createApi>;
