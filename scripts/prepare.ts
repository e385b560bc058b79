import { ensureWorker } from './ensure-worker';
import { ensureWebBuild } from './lib/web-build';
import { exitOnSetupError } from './lib/system-packages';

/** Everything `npm start` and `npm test` need built first; each step is skipped when up to date. */
export async function prepare(): Promise<void> {
  await ensureWorker();
  ensureWebBuild((line) => console.log(`[convene] ${line}`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepare().catch(exitOnSetupError);
}
