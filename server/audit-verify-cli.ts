import { openDatabase } from '../db/open-database';
import { ConfigError, loadConfig } from './config';
import { verifyAuditChain } from '../audit/verify-chain';

/**
 * `npm run audit:verify`: exit 0 with the count when the chain is whole, 1 naming the first
 * missing or altered event, 2 when the check could not run. With the embedded database, stop the
 * server first: only one process may open it.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const { db, close } = await openDatabase({ ...config, migrate: false });
  try {
    const report = await verifyAuditChain(db);
    if (report.intact) {
      console.log(`audit chain intact: ${report.count} events, head ${report.headHash}`);
      return 0;
    }
    console.error(`audit chain BROKEN at event ${report.id} (${report.problem}): ${report.message}`);
    console.error(`${report.count} events before it verified`);
    return 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `audit verification could not run: ${String(err)}`);
    process.exit(2);
  },
);
