import { WorkerPool } from '../worker-pool';

/** A worker pool on loopback for SFU tests: `workers` workers, media ports from `minPort` (a range of 1000). */
export function loopbackPool(workers: number, minPort: number): Promise<WorkerPool> {
  return WorkerPool.create({
    workers,
    listenIp: '127.0.0.1',
    announcedAddress: '127.0.0.1',
    minPort,
    maxPort: minPort + 999,
    logLevel: 'error',
  });
}
