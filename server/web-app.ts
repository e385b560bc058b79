import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');

export interface WebApp {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): Promise<void>;
}

/**
 * The built Next.js app, as a request handler. Next installs a process-wide `uncaughtException`
 * listener that only logs, which would keep a broken process serving; Convene's own HTTP entry
 * answers every request's errors itself, so that listener is taken off again and a truly
 * uncaught error ends the process as Node intends (the service manager restarts it).
 */
export async function startWebApp(): Promise<WebApp> {
  const before = new Set(process.listeners('uncaughtException'));
  const app = next({ dev: false, dir: webDir, quiet: true, conf: undefined });
  await app.prepare();
  for (const l of process.listeners('uncaughtException')) if (!before.has(l)) process.off('uncaughtException', l);
  const handle = app.getRequestHandler();
  return { handle: (req, res) => handle(req, res), close: () => app.close() };
}
