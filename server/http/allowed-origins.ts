/**
 * The origins whose pages may open the signalling WebSocket. Cookies are SameSite=Lax, which
 * keeps other sites out but not a page on another port of this host or on a sibling subdomain:
 * only the address users are given (PUBLIC_URL, or localhost in development) and the listed extras.
 */
export function allowedOrigins(publicUrl: string | undefined, port: number, extra: readonly string[]): Set<string> {
  const own = publicUrl
    ? [new URL(publicUrl).origin]
    : [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  return new Set([...own, ...extra]);
}

/**
 * A browser always sends Origin with a WebSocket upgrade; a client that sends none is not a web
 * page (a test, an integration) and still needs a valid token, so only a wrong Origin is refused.
 */
export function originAllowed(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  return origin === undefined || allowed.has(origin);
}
