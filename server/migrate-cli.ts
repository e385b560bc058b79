import { ConfigError, loadConfig } from './config';
import { openDatabase } from '../db/open-database';
import { migrateToLatest } from '../db/migrator';

/** `npm run db:migrate`: applies pending migrations to the configured database and lists them. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { db, kind, close } = await openDatabase({ ...config, migrate: false });
  try {
    const { results = [] } = await migrateToLatest(db);
    const where = kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    if (results.length === 0) console.log(`${where}: already up to date`);
    for (const r of results)
      console.log(`${where}: ${r.migrationName} ${r.status === 'Success' ? 'applied' : r.status}`);
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  console.error(
    err instanceof ConfigError ? err.message : `migration failed: ${(err as Error).message ?? String(err)}`,
  );
  process.exit(1);
});
