import { Registry, collectDefaultMetrics, Gauge } from 'prom-client';

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
