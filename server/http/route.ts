import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema';
import type { Consultations } from '../../domain/consultations/consultations';
import type { MdtLive } from '../../domain/mdt/live/mdt-live';
import type { LiveGrants } from '../../identity/live-grants';
import type { SignInThrottle } from '../../identity/sign-in-throttle';
import type { TokenService } from '../../identity/tokens';

export interface ApiDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  logger: Logger;
  /** Mark cookies Secure: true whenever users reach the service over https. */
  secureCookies: boolean;
  /**
   * Where invite links point: PUBLIC_URL, or this server's localhost address in development.
   * Never the request's Host header, which whoever sends the request chooses.
   */
  publicUrl: () => string;
  /** The consultation domain; createApi makes one over `db` when none is given. */
  consultations?: Consultations;
  /** Take client addresses from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** Live MDT meetings, so a sign-off or amendment over HTTP reaches the panels; createApi makes one when none is given. */
  mdtLive?: MdtLive;
  /** Whether tokens' sign-ins and invites still stand; createApi makes one over `db` when none is given. */
  grants?: LiveGrants;
  /** Failed sign-ins per address; createApi makes one when none is given. */
  signInThrottle?: SignInThrottle;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  deps: ApiDeps & {
    consultations: Consultations;
    mdtLive: MdtLive;
    signInThrottle: SignInThrottle;
    grants: LiveGrants;
  };
  params: Record<string, string>;
  /** Where the request came from (see clientIp). */
  ip: string | null;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path with `:name` segments. */
  path: string;
  handle(ctx: RouteContext): Promise<void>;
}
