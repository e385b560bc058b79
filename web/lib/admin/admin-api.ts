import { AdminRoutes } from '../../../contracts/http/admin';
import type { Answer, HttpRoute } from '../../../contracts/http/route';
import { apiFetch, type Call } from '../http/api-fetch';

/** The admin pages' routes, by name, for the forms to call. */
export const A = AdminRoutes;

/** What a route answers, for the pages' state. */
export type AdminAnswer<R extends HttpRoute> = Answer<R>;

/**
 * Calls an admin route as a staff page does: a missing sign-in goes to the sign-in page and
 * comes back; any other refusal (403 for a non-admin) is thrown for the page to show.
 */
export function adminCall<R extends HttpRoute>(route: R, call: Call<R>): Promise<Answer<R>> {
  return apiFetch(route, { ...call, signInOn401: true });
}
