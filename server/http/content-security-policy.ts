import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A Content-Security-Policy for the pages Next.js renders, with a fresh script nonce per request.
 *
 * Next.js reads the nonce from the `Content-Security-Policy` header of the *incoming request* (normally put
 * there by a proxy.ts; see next/dist/server/app-render/get-script-nonce-from-header.js) and stamps it on every
 * script tag it writes: its runtime, the page's chunks and its inline flight-data scripts. Convene has its own
 * HTTP server in front of Next, so the server sets the policy on the request before handing it to Next, and
 * the same policy on the response. The pages are rendered per request for this (the root layout reads
 * the request headers): a prerendered page would carry the nonce of no request, and its scripts would be refused.
 */

/** Per request, unguessable: 128 random bits. Base64 is what Next.js's nonce pattern accepts. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

// A Host header is the client's to write: only a plain host name or address with an optional port goes into
// the policy, never anything that could end a directive (';') or add a source (' ').
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The policy for a page served to `host` (the request's Host header) with script `nonce`. */
export function contentSecurityPolicy(nonce: string, host: string | undefined): string {
  // The signalling WebSocket is /ws on the page's own host (web/lib/call/token.ts). CSP Level 3 lets 'self'
  // match ws: and wss: of the page's own host too, but older engines did not, so it is named.
  const socket = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next's nonced scripts load (later chunks) are trusted through them;
    // browsers that know it ignore 'self' in this list, so only nonced and loaded-by-nonced scripts run.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React and Next write style attributes (style={{ ... }}, e.g. the microphone level meter) and Next may
    // add <style> tags of its own without a nonce; 'unsafe-inline' stays effective only while no nonce or
    // hash is listed here. Injected styles cannot run code, the scripts above are what the nonce guards.
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self'${socket}`,
    // Camera, microphone and remote tracks are shown through srcObject (MediaStream), not URLs; blob: and
    // mediastream: keep any object URL of a stream or file working.
    "media-src 'self' blob: mediastream:",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Makes a nonce and the policy for this request, and sets the policy on the request (where Next.js finds the
 * nonce) and on the response. Called for every request handed to Next.js. Returns the nonce.
 */
export function applyContentSecurityPolicy(req: IncomingMessage, res: ServerResponse): string {
  const nonce = makeNonce();
  const policy = contentSecurityPolicy(nonce, req.headers.host);
  // Whatever the client sent under these names must not choose the nonce.
  delete req.headers['content-security-policy-report-only'];
  req.headers['content-security-policy'] = policy;
  res.setHeader('Content-Security-Policy', policy);
  return nonce;
}
