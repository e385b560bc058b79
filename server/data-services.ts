import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { openDatabase } from '../db/open-database';
import type { Database } from '../db/schema';
import { Consultations } from '../domain/consultations/consultations';
import { MdtLive } from '../domain/mdt/live/mdt-live';
import type { PresenceLookup } from '../domain/directory/directory';
import type { Config } from './config';
import { prepareDemoData } from './demo/prepare-demo';
import type { DemoLogin } from './demo/demo-data';
import { createApi, type Api } from './http/api';
import { LiveGrants } from '../identity/live-grants';
import type { TokenService } from '../identity/tokens';

export interface DataServices {
  db: Kysely<Database>;
  api: Api;
  /** The consultation flow; the signalling layer listens to its events and asks it about rooms. */
  consultations: Consultations;
  /** Live MDT meetings: the socket and the HTTP API announce through the same one. */
  mdtLive: MdtLive;
  /** Whether tokens' sign-ins and invites still stand; its bus tells open sockets when one ends. */
  grants: LiveGrants;
  /** Demo sign-ins to show at start; empty in production and on PostgreSQL. */
  demoLogins: DemoLogin[];
  close(): Promise<void>;
}

/** The database (migrated, and seeded with demo data where that is wanted) and the JSON API over it. */
export async function openDataServices(
  config: Config,
  tokens: TokenService,
  logger: Logger,
  publicUrl: () => string,
  presence?: PresenceLookup,
): Promise<DataServices> {
  const { db, kind, close } = await openDatabase(config);
  try {
    const demoLogins = await prepareDemoData(db, {
      dataDir: config.dataDir,
      production: config.production,
      embedded: kind === 'pglite',
    });
    const secureCookies = config.publicUrl?.startsWith('https:') ?? false;
    const consultations = new Consultations({ db, presence });
    const grants = new LiveGrants(db);
    const mdtLive = new MdtLive({ db });
    const api = createApi({
      grants,
      db,
      tokens,
      logger,
      secureCookies,
      publicUrl,
      consultations,
      mdtLive,
      trustProxy: config.trustProxy,
    });
    return { db, api, consultations, mdtLive, grants, demoLogins, close };
  } catch (err) {
    await close();
    throw err;
  }
}
