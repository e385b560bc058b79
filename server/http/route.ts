import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema';
import type { TokenService } from '../identity/tokens';

export interface ApiDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  logger: Logger;
  /** Mark cookies Secure: true whenever users reach the service over https. */
  secureCookies: boolean;
  /** Where invite links point; the request's own host when unset. */
  publicUrl?: string | undefined;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  deps: ApiDeps;
  params: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** A path with `:name` segments. */
  path: string;
  handle(ctx: RouteContext): Promise<void>;
}
