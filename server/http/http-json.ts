import { isIP } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ErrorAnswer } from '../../contracts/http/shapes';
import type { AnswerSent, HttpRoute, RequestRead } from '../../contracts/http/route';
import type { Route, RouteContext } from './route';

/** Small JSON bodies only: sign-in forms and invite requests, nothing bulky. */
export const MAX_BODY_BYTES = 16 * 1024;

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, cookies: string[] = []): void {
  const headers: Record<string, string | string[]> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  cookies: string[] = [],
): void {
  sendJson(res, status, { error: { code, message } } satisfies z.input<typeof ErrorAnswer>, cookies);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new HttpError(413, 'too_large', `the body may be at most ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'too_large', `the body may be at most ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and validates a JSON body. Requiring the JSON content type also keeps other sites out:
 * a cross-site form cannot send it without a CORS preflight, which this server never grants.
 */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const text = await readBody(req);
  let value: unknown = {};
  if (text.trim()) {
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'bad_request', 'the body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'bad_request', z.prettifyError(parsed.error));
  return parsed.data;
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name && rest.length) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export interface CookieOptions {
  maxAgeSeconds: number;
  path: string;
  secure: boolean;
}

/** HttpOnly and SameSite=Lax always: page scripts cannot read them, other sites do not send them. */
export function cookie(name: string, value: string, o: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${o.path}`,
    `Max-Age=${Math.max(0, Math.floor(o.maxAgeSeconds))}`,
  ];
  parts.push('HttpOnly', 'SameSite=Lax');
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * The address a request came from, for the audit trail and the sign-in throttle. Behind a trusted
 * reverse proxy that is the last X-Forwarded-For entry (the one the proxy itself added): earlier
 * entries are whatever the client chose to send.
 */
export function clientIp(req: IncomingMessage, trustProxy = false): string | null {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && forwarded) {
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').pop()!.trim();
    if (isIP(last)) return last;
  }
  return req.socket.remoteAddress ?? null;
}

/** What a contract route's handler is given: its body read by the contract, its answer typed by it. */
export interface Exchange<R extends HttpRoute> {
  /** The JSON body parsed by the route's request schema (415, 413 or 400 with the reasons when it does not fit). */
  read(): Promise<RequestRead<R>>;
  /** Answers JSON the compiler has checked against the route's response schema. */
  reply(status: number, body: AnswerSent<R>, cookies?: string[]): void;
}

/**
 * Serves a contract route: the method and path come from the contract, and so do the shapes the
 * handler reads and answers, so the server cannot drift from what the browser was promised.
 */
export function serve<R extends HttpRoute>(
  contract: R,
  handle: (ctx: RouteContext, exchange: Exchange<R>) => Promise<void>,
): Route {
  return {
    method: contract.method,
    path: contract.path,
    handle: (ctx) =>
      handle(ctx, {
        read: () => readJson<R['request']>(ctx.req, contract.request),
        reply: (status, body, cookies) => sendJson(ctx.res, status, body, cookies),
      }),
  };
}
