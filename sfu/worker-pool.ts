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
  /** A worker process exited unexpectedly; its routers are gone (their rooms close as 'media-failure'). */
  workerDied: [{ pid: number; error: Error }];
  /** A worker was started in place of one that died. */
  workerReplaced: [{ pid: number; replacedPid: number }];
  /** Starting a replacement failed; it is tried again. */
  replacementFailed: [{ error: Error; attempt: number }];
}

// A replacement that fails to start is tried again after these waits (the last one repeats).
const REPLACE_RETRY_MS = [100, 500, 2_000, 5_000];

/**
 * The mediasoup worker processes, one WebRtcServer each (a single UDP and TCP port per
 * worker, so a firewall needs only a small range), and placement of routers on them.
 */
export class WorkerPool extends EventEmitter<WorkerPoolEvents> {
  private readonly members: PooledWorker[] = [];
  /** Replacements being started: routers asked for while every worker is down wait for one. */
  private readonly starting = new Set<Promise<PooledWorker>>();
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
      if (this.closed) return;
      this.emit('workerDied', { pid: worker.pid, error });
      this.replace(worker.pid, 0);
    });
    return member;
  }

  /** Starts a worker in place of one that died, so the pool keeps its size; retried until it starts. */
  private replace(replacedPid: number, attempt: number): void {
    const started = this.startWorker();
    this.starting.add(started);
    started.then(
      (member) => {
        this.starting.delete(started);
        if (this.closed) return member.worker.close();
        this.members.push(member);
        this.emit('workerReplaced', { pid: member.worker.pid, replacedPid });
      },
      (error: Error) => {
        this.starting.delete(started);
        if (this.closed) return;
        this.emit('replacementFailed', { error, attempt });
        const wait = REPLACE_RETRY_MS[Math.min(attempt, REPLACE_RETRY_MS.length - 1)];
        setTimeout(() => this.replace(replacedPid, attempt + 1), wait).unref();
      },
    );
  }

  get workers(): readonly PooledWorker[] {
    return this.members;
  }

  /** Creates a router on the worker carrying the fewest routers. */
  async createRouter(options: RouterOptions): Promise<{ router: Router; webRtcServer: WebRtcServer }> {
    if (this.members.length === 0 && this.starting.size > 0) await Promise.any(this.starting).catch(() => {});
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
