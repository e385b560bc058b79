import { EventEmitter } from 'node:events';
import * as mediasoup from 'mediasoup';
import type { Router, RouterOptions, WebRtcServer, Worker } from 'mediasoup/types';
import type { SfuConfig } from './sfu-config';

export interface PooledWorker {
  worker: Worker;
  webRtcServer: WebRtcServer;
  /** Routers currently placed on this worker; the load measure for placement. */
  routers: Set<Router>;
}

interface WorkerPoolEvents {
  /** A worker process exited unexpectedly; its routers are gone. */
  workerDied: [{ pid: number; error: Error }];
}

/**
 * The mediasoup worker processes, one WebRtcServer each (a single UDP and TCP port per
 * worker, so a firewall needs only a small range), and placement of routers on them.
 */
export class WorkerPool extends EventEmitter<WorkerPoolEvents> {
  private readonly members: PooledWorker[] = [];
  private closed = false;

  private constructor(private readonly config: SfuConfig) {
    super();
  }

  static async create(config: SfuConfig): Promise<WorkerPool> {
    const pool = new WorkerPool(config);
    try {
      for (let i = 0; i < config.workers; i++) pool.members.push(await pool.startWorker());
    } catch (err) {
      pool.close();
      throw err;
    }
    return pool;
  }

  private async startWorker(): Promise<PooledWorker> {
    const worker = await mediasoup.createWorker({ logLevel: this.config.logLevel ?? 'warn' });
    const portRange = { min: this.config.minPort, max: this.config.maxPort };
    const listen = { ip: this.config.listenIp, announcedAddress: this.config.announcedAddress, portRange };
    const webRtcServer = await worker.createWebRtcServer({
      listenInfos: [
        { protocol: 'udp', ...listen },
        { protocol: 'tcp', ...listen },
      ],
    });
    const member: PooledWorker = { worker, webRtcServer, routers: new Set() };
    worker.on('died', (error) => {
      const index = this.members.indexOf(member);
      if (index >= 0) this.members.splice(index, 1);
      if (!this.closed) this.emit('workerDied', { pid: worker.pid, error });
    });
    return member;
  }

  get workers(): readonly PooledWorker[] {
    return this.members;
  }

  /** Creates a router on the worker carrying the fewest routers. */
  async createRouter(options: RouterOptions): Promise<{ router: Router; webRtcServer: WebRtcServer }> {
    const member = [...this.members].sort((a, b) => a.routers.size - b.routers.size)[0];
    if (!member) throw new Error('no mediasoup worker is running');
    const router = await member.worker.createRouter(options);
    member.routers.add(router);
    router.observer.once('close', () => member.routers.delete(router));
    return { router, webRtcServer: member.webRtcServer };
  }

  close(): void {
    this.closed = true;
    for (const m of this.members) m.worker.close();
    this.members.length = 0;
  }
}
