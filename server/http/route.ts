import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema';
import type { Consultations } from '../../domain/consultations/consultations';
import type { TokenService } from '../identity/tokens';

export interface ApiDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  logger: Logger;
  /** Mark cookies Secure: true whenever users reach the service over https. */
  secureCookies: boolean;
  /** Where invite links point; the request's own host when unset. */
  publicUrl?: string | undefined;
  /** The consultation domain; createApi makes one over `db` when none is given. */
  consultations?: Consultations;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  deps: ApiDeps & { consultations: Consultations };
  params: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path with `:name` segments. */
  path: string;
  handle(ctx: RouteContext): Promise<void>;
}
