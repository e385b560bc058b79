import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CXX_FLAGS, FLATC_ARGS, PKG_CONFIG_LIBS, SOURCE_FIXES, listWorkerSources } from './recipe';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export interface WorkerBinary {
  /** Where mediasoup looks for the worker by default; a copy of the cached binary. */
  path: string;
  cachePath: string;
  key: string;
  mediasoupVersion: string;
  /** True when the binary came from the cache and nothing was compiled. */
  cached: boolean;
  buildSeconds: number;
}

export function mediasoupDir(): string {
  // mediasoup's "exports" hides package.json; its entry point is node/lib/index.js.
  return join(dirname(require.resolve('mediasoup')), '..', '..');
}

export function cacheRoot(): string {
  if (process.env.CONVENE_CACHE_DIR) return process.env.CONVENE_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'convene');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A key over everything that decides the binary: mediasoup's sources, our compatibility
 * headers and the recipe (flags, fixes). This orchestration file is left out on purpose.
 */
export function buildKey(msDir: string, version: string): string {
  const hash = createHash('sha256').update(`mediasoup ${version}\n`);
  const worker = join(msDir, 'worker');
  const inputs = [
    ...['src', 'include', 'deps/libwebrtc', 'fbs'].flatMap((d) => filesUnder(join(worker, d))),
    join(worker, 'meson.build'),
    ...filesUnder(join(here, 'compat')),
    join(here, 'recipe.ts'),
  ];
  for (const file of inputs) {
    hash.update(relative(msDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function pkgConfigLibs(): string {
  const r = spawnSync('pkg-config', ['--libs', ...PKG_CONFIG_LIBS], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pkg-config could not find the worker's libraries:\n${r.stderr}`);
  return r.stdout.trim();
}

function applySourceFixes(srcRoot: string): void {
  for (const fix of SOURCE_FIXES) {
    const file = join(srcRoot, fix.file);
    const text = readFileSync(file, 'utf8');
    const count = text.split(fix.from).length - 1;
    if (count !== 1) {
      throw new Error(
        `The source fix for ${fix.file} no longer applies to this mediasoup (found the original line ${count} times).\n` +
          `Why the fix exists: ${fix.why}\nCheck whether upstream fixed it, then update sfu/worker-build/recipe.ts.`,
      );
    }
    writeFileSync(file, text.replace(fix.from, fix.to));
  }
}

function writeMakefile(buildDir: string, sources: string[], libs: string): number {
  const objects = sources.map((s) => `obj/${s.replace(/\.(cpp|cc)$/, '.o')}`);
  const includes = [
    `-I${join(here, 'compat')}`,
    '-Isrc/include',
    '-Igen',
    '-Isrc/deps/libwebrtc',
    '-Isrc/deps/libwebrtc/libwebrtc',
  ];
  const lines = [
    `CXXFLAGS := ${CXX_FLAGS.join(' ')} ${includes.join(' ')}`,
    `OBJECTS := ${objects.join(' ')}`,
    'out/mediasoup-worker: $(OBJECTS)',
    '\t@mkdir -p out',
    `\t$(CXX) -o $@ $(OBJECTS) ${libs} -pthread`,
    'obj/%.o: src/%.cpp',
    '\t@mkdir -p $(dir $@)',
    '\t@echo CXX $<',
    '\t@$(CXX) $(CXXFLAGS) -c $< -o $@',
    'obj/%.o: src/%.cc',
    '\t@mkdir -p $(dir $@)',
    '\t@echo CXX $<',
    '\t@$(CXX) $(CXXFLAGS) -c $< -o $@',
    '',
  ];
  writeFileSync(join(buildDir, 'Makefile'), lines.join('\n'));
  return objects.length;
}

function runMake(buildDir: string, total: number, log: (line: string) => void): Promise<void> {
  const jobs = Number(process.env.CONVENE_WORKER_BUILD_JOBS) || availableParallelism();
  return new Promise((resolve, reject) => {
    const make = spawn('make', ['-j', String(jobs)], { cwd: buildDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let done = 0;
    let lastShown = 0;
    const errors: string[] = [];
    make.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      done += chunk.split('\n').filter((l) => l.startsWith('CXX ')).length;
      const pct = Math.floor((100 * done) / total);
      if (pct >= lastShown + 10) {
        lastShown = pct - (pct % 10);
        log(`compiled ${done}/${total} files (${lastShown}%)`);
      }
    });
    make.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      writeFileSync(join(buildDir, 'build.log'), chunk, { flag: 'a' });
      for (const line of chunk.split('\n')) if (/error/i.test(line)) errors.push(line);
    });
    make.on('error', reject);
    make.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `The mediasoup worker build failed (make exit ${code}). First errors:\n` +
              `${errors.slice(0, 15).join('\n')}\nFull log: ${join(buildDir, 'build.log')}`,
          ),
        );
    });
  });
}

async function compile(msDir: string, buildDir: string, log: (line: string) => void): Promise<string> {
  rmSync(buildDir, { recursive: true, force: true });
  const worker = join(msDir, 'worker');
  const srcRoot = join(buildDir, 'src');
  for (const d of ['src', 'include', 'deps/libwebrtc', 'fbs'])
    cpSync(join(worker, d), join(srcRoot, d), { recursive: true });
  applySourceFixes(srcRoot);

  const { cpp, libwebrtc, fbs } = listWorkerSources(worker);
  mkdirSync(join(buildDir, 'gen/FBS'), { recursive: true });
  const flatc = spawnSync(
    'flatc',
    [...FLATC_ARGS, '-o', join(buildDir, 'gen/FBS'), ...fbs.map((f) => join(srcRoot, f))],
    {
      encoding: 'utf8',
    },
  );
  if (flatc.status !== 0)
    throw new Error(`flatc failed to generate the worker's FlatBuffers headers:\n${flatc.stderr}`);

  const total = writeMakefile(buildDir, [...cpp, ...libwebrtc], pkgConfigLibs());
  log(`compiling ${total} files of mediasoup's worker with g++ (a few minutes, once per mediasoup version)`);
  await runMake(buildDir, total, log);
  return join(buildDir, 'out/mediasoup-worker');
}

/**
 * Returns a working mediasoup worker binary, compiling it only when the cache holds none
 * for this mediasoup version and these build inputs.
 */
export async function ensureWorkerBinary(log: (line: string) => void = console.log): Promise<WorkerBinary> {
  const msDir = mediasoupDir();
  const version = JSON.parse(readFileSync(join(msDir, 'package.json'), 'utf8')).version as string;
  const key = buildKey(msDir, version);
  const root = join(cacheRoot(), 'mediasoup-worker');
  const cachePath = join(root, `${version}-${key}`, 'mediasoup-worker');
  const path = join(msDir, 'worker/out/Release/mediasoup-worker');
  const started = Date.now();
  let cached = true;

  if (!existsSync(cachePath)) {
    cached = false;
    const built = await compile(msDir, join(root, `build-${version}-${key}`), log);
    mkdirSync(dirname(cachePath), { recursive: true });
    renameSync(built, cachePath);
    rmSync(join(root, `build-${version}-${key}`), { recursive: true, force: true });
  }
  const same =
    existsSync(path) &&
    statSync(path).size === statSync(cachePath).size &&
    readFileSync(path).equals(readFileSync(cachePath));
  if (!same) {
    mkdirSync(dirname(path), { recursive: true });
    copyFileSync(cachePath, path);
    chmodSync(path, 0o755);
  }
  return { path, cachePath, key, mediasoupVersion: version, cached, buildSeconds: (Date.now() - started) / 1000 };
}
