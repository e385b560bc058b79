import { z } from 'zod';
import {
  pathOf,
  type Answer,
  type HasParams,
  type HttpRoute,
  type PathParams,
  type QueryOf,
  type RequestBody,
} from '../../../contracts/http/route';
import { ApiError, errorFrom, UNREADABLE } from './api-error';

/** What a call to `R` must give: its path's `:name`s, its query and its body, when it has them. */
export type Call<R extends HttpRoute> = (HasParams<R['path']> extends true
  ? { params: PathParams<R['path']> }
  : { params?: undefined }) &
  ([QueryOf<R>] extends [never] ? { query?: undefined } : { query: QueryOf<R> }) &
  (undefined extends RequestBody<R> ? { body?: undefined } : { body: RequestBody<R> }) & {
    /** The message when a failed answer has none of its own; `HTTP <status>` unless given. */
    otherwise?: (status: number) => string;
    /** Staff pages: on 401 go to sign-in, and come back here afterwards. */
    signInOn401?: boolean;
  };

function request(route: HttpRoute, body: unknown): RequestInit {
  const init: RequestInit = { method: route.method, cache: 'no-store', credentials: 'same-origin' };
  if (body instanceof Blob) return { ...init, body, headers: { 'content-type': 'application/octet-stream' } };
  if (body === undefined) return init;
  return { ...init, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}

let signOutUnderway = false;

/**
 * The page is signing out: a call refused 401 meanwhile (the sockets and polls the sign-out itself
 * ended) must not send the person to sign in again instead of to the signed-out page.
 */
export function markSigningOut(underway = true): void {
  signOutUnderway = underway;
}

/**
 * The browser's one way to call the JSON API: sends a contract route's body (same-origin, never
 * cached), parses its answer with the route's response schema, and turns any refusal or unreadable
 * answer into an ApiError whose message the page shows. Network failures reject as fetch's do.
 */
export async function apiFetch<R extends HttpRoute>(route: R, call: Call<R>): Promise<Answer<R>> {
  const { params, query, body, otherwise = (status: number) => `HTTP ${status}`, signInOn401 } = call;
  const path = pathOf(route, (params ?? {}) as PathParams<R['path']>);
  const search = query ? `?${new URLSearchParams(query as Record<string, string>)}` : '';
  const res = await fetch(path + search, request(route, body));
  if (res.status === 401 && signInOn401) {
    if (!signOutUnderway) window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
    throw new ApiError(401, 'unauthenticated', 'not signed in');
  }
  if (!res.ok) throw await errorFrom(res, otherwise);
  const answer = z.safeParse<R['response']>(route.response, await res.json().catch(() => undefined));
  if (!answer.success) throw new ApiError(res.status, UNREADABLE, otherwise(res.status));
  return answer.data;
}
