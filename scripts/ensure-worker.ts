import { createWorker } from 'mediasoup';
import { ensureWorkerBinary } from '../sfu/worker-build/build-worker';
import { WORKER_BUILD_PACKAGES } from '../sfu/worker-build/recipe';
import { ensureDebianPackages, exitOnSetupError } from './lib/system-packages';

/** Builds (or takes from the cache) the mediasoup worker, then proves it by starting one. */
export async function ensureWorker(): Promise<void> {
  const log = (line: string): void => console.log(`[convene] worker: ${line}`);
  ensureDebianPackages('Building the mediasoup worker', WORKER_BUILD_PACKAGES);
  const bin = await ensureWorkerBinary(log);
  const worker = await createWorker({ workerBin: bin.path, logLevel: 'error' });
  const usage = await worker.getResourceUsage();
  worker.close();
  log(
    `${bin.cached ? 'cached' : `built in ${bin.buildSeconds.toFixed(0)} s`}: mediasoup ${bin.mediasoupVersion} ` +
      `(key ${bin.key}), worker pid ${worker.pid} started and answered (maxrss ${usage.ru_maxrss} KiB)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureWorker().catch(exitOnSetupError);
}
