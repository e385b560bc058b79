import type { z } from 'zod';

/** The methods Convene's API uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One HTTP route as both ends name it. The server serves it by this method and path and parses its
 * body with `request`; the browser fills in the path, sends `request` and parses the answer with
 * `response`, so neither end spells a route or its shapes out on its own.
 */
export interface HttpRoute {
  method: Method;
  /** With `:name` segments: matched by the server, filled in by the browser. */
  path: string;
  /** Query parameters, for the few routes that take them (a practice token, an upload's name). */
  query?: z.ZodType;
  request: z.ZodType;
  response: z.ZodType;
}

/** The names of a path's `:name` segments, so a route cannot be called without them. */
type ParamNames<P extends string> = P extends `${string}:${infer N}/${infer Rest}`
  ? N | ParamNames<Rest>
  : P extends `${string}:${infer N}`
    ? N
    : never;
/** A value for each `:name` segment of a path. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };
/** Whether a path has `:name` segments: a call must then name them. */
export type HasParams<P extends string> = [ParamNames<P>] extends [never] ? false : true;

/** The body as the browser sends it. */
export type RequestBody<R extends HttpRoute> = z.input<R['request']>;
/** The body as the server reads it, once parsed (trimmed, coerced). */
export type RequestRead<R extends HttpRoute> = z.output<R['request']>;
/** What the server may answer with, before JSON: a Date goes out as its ISO string. */
export type AnswerSent<R extends HttpRoute> = z.input<R['response']>;
/** The answer as the browser reads it, once parsed. */
export type Answer<R extends HttpRoute> = z.output<R['response']>;
/** A route's query parameters as the browser gives them. */
export type QueryOf<R extends HttpRoute> = R extends { query: z.ZodType } ? z.input<R['query']> : never;

/** A route's path with its `:name` segments filled in, each percent-encoded. */
export function pathOf<R extends HttpRoute>(route: R, params: PathParams<R['path']>): string {
  const given = params as Record<string, string | undefined>;
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = given[name];
    if (value === undefined) throw new Error(`${route.path} needs :${name}`);
    return encodeURIComponent(value);
  });
}
