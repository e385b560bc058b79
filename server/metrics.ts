import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Registry, collectDefaultMetrics, Counter, Gauge } from 'prom-client';
import type { WorkerPool } from '../sfu/worker-pool';

/** One registry per running server, so that tests starting several servers do not clash. */
export function createMetrics(sample: { connections(): number; workers(): number; routers(): number }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'convene_' });
  new Gauge({
    name: 'convene_signalling_connections',
    help: 'Open signalling WebSocket connections',
    registers: [registry],
    collect() {
      this.set(sample.connections());
    },
  });
  new Gauge({
    name: 'convene_sfu_workers',
    help: 'Running mediasoup worker processes',
    registers: [registry],
    collect() {
      this.set(sample.workers());
    },
  });
  new Gauge({
    name: 'convene_sfu_routers',
    help: 'mediasoup routers (one per active room)',
    registers: [registry],
    collect() {
      this.set(sample.routers());
    },
  });
  return registry;
}

/** Counts media-worker failures and the pool's replacements: a rising count is a crashing SFU. */
export function countWorkerFailures(registry: Registry, sfu: WorkerPool): void {
  const died = new Counter({
    name: 'convene_sfu_worker_deaths_total',
    help: 'mediasoup workers that died unexpectedly',
    registers: [registry],
  });
  const replaced = new Counter({
    name: 'convene_sfu_worker_replacements_total',
    help: 'mediasoup workers started in place of ones that died',
    registers: [registry],
  });
  sfu.on('workerDied', () => died.inc());
  sfu.on('workerReplaced', () => replaced.inc());
}

/**
 * /metrics for Prometheus, only with `Authorization: Bearer METRICS_TOKEN`: connection counts and
 * process details are of use to someone probing the service. Without a token set it is not served.
 */
export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  registry: Registry,
  token: string | undefined,
): Promise<void> {
  const given = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token ?? ''}`);
  if (!token || given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    res.writeHead(token ? 401 : 404, {
      'content-type': 'text/plain',
      ...(token ? { 'www-authenticate': 'Bearer' } : {}),
    });
    return void res.end(token ? 'a bearer token is required' : 'not found');
  }
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(body);
}
