import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const webDir = join(root, 'web');
const stampFile = join(webDir, '.next', 'convene-build-key');

/**
 * What the browser bundle is made from: web/, contracts/ (all web/ may import, as the layer lint
 * ensures) and the locked dependencies.
 */
function inputs(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      // next build itself writes next-env.d.ts and the tsbuildinfo; they must not invalidate the build.
      if (['.next', 'node_modules', 'next-env.d.ts'].includes(e.name) || e.name.endsWith('.tsbuildinfo')) return [];
      const p = join(dir, e.name);
      return e.isDirectory() ? walk(p) : [p];
    });
  return [...walk(webDir), ...walk(join(root, 'contracts')), join(root, 'package-lock.json')].sort();
}

function buildKey(): string {
  const hash = createHash('sha256');
  for (const f of inputs()) hash.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Runs `next build` only when the web sources changed since the last build. */
export function ensureWebBuild(log: (line: string) => void): void {
  const key = buildKey();
  if (
    existsSync(join(webDir, '.next', 'BUILD_ID')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === key
  ) {
    log('web app: up to date');
    return;
  }
  log('web app: building with next build (about a minute)');
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build', webDir], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
  writeFileSync(stampFile, key);
  log(`web app: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
