import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import pino from 'pino';
import type { Database } from '../../db/schema';
import type { Actor } from '../../domain/kernel/context';
import type { TokenService } from '../../identity/tokens';
import { createApi } from '../http/api';

/** The real HTTP API over a test database, listening on a free local port: its base URL, and a way to stop it. */
export async function apiServer(db: Kysely<Database>, tokens: TokenService) {
  const api = createApi({
    db,
    tokens,
    logger: pino({ level: 'silent' }),
    secureCookies: false,
    publicUrl: () => 'http://convene.test',
  });
  const server = createServer((req, res) => void api.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Authorization header a signed-in actor's browser or system would send: a token from the deployment's service. */
export const bearerFor = (tokens: TokenService, a: Actor) => ({
  authorization: `Bearer ${tokens.issueAccess({ sub: a.identity.id, role: a.identity.role, name: a.name, services: [...(a.identity.serviceIds ?? [])], org: a.identity.organisationId })}`,
});
