import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** A free port on loopback, so a restarted server can come back on the one its pages knock on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Convene as `npm start` runs it, in a process of its own (the fixture's server lives inside the
 * test process, which a SIGKILL would take with it): the embedded database under `dataDir`, demo
 * data seeded on the first start and kept across restarts.
 */
export class ChildConvene {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly dataDir: string,
  ) {}

  static start(dataDir: string, port: number): Promise<ChildConvene> {
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      RTC_LISTEN_IP: '127.0.0.1',
      RTC_ANNOUNCED_IP: '127.0.0.1',
      SFU_WORKERS: '1',
      LOG_LEVEL: 'warn',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env });
    let said = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Convene did not start in 90 s:\n${said}`)), 90_000);
      child.stderr!.on('data', (d: Buffer) => void (said += d.toString()));
      child.stdout!.on('data', (d: Buffer) => {
        said += d.toString();
        const running = /Convene is running at (\S+)/.exec(said);
        if (!running) return;
        clearTimeout(timer);
        resolve(new ChildConvene(child, running[1]!, dataDir));
      });
      child.on('exit', (code) => reject(new Error(`Convene exited (${code}) before it was up:\n${said}`)));
    });
  }

  /** The demo sign-ins this data directory was seeded with. */
  password(username: string): string {
    const logins = JSON.parse(readFileSync(join(this.dataDir, 'secrets', 'demo-logins.json'), 'utf8')) as {
      username: string;
      password: string;
    }[];
    return logins.find((l) => l.username === username)!.password;
  }

  /** Ends the process at once, as a crash or the kernel's OOM killer would: nothing is flushed or closed. */
  kill(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGKILL');
    });
  }
}
