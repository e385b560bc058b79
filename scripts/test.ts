import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureDebianPackages, exitOnSetupError } from './lib/system-packages';
import { prepare } from './prepare';

/**
 * `npm test`: builds what is missing, runs the Node test suites (node:test, real mediasoup,
 * real databases), then the browser suites (Playwright driving Debian's Chromium), and ends
 * with one summary line over both.
 */
const root = join(import.meta.dirname, '..');
const SUITE_DIRS = [
  'contracts',
  'db',
  'audit',
  'identity',
  'access',
  'domain',
  'sfu',
  'signalling',
  'server',
  'scripts',
];

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function findTests(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? findTests(p, suffix) : e.name.endsWith(suffix) ? [p] : [];
  });
}

function run(cmd: string, args: string[], onLine?: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) onLine?.(l);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) onLine?.(pending);
      resolve(code ?? 1);
    });
  });
}

async function nodeSuites(filter: string[]): Promise<Tally> {
  const files = SUITE_DIRS.flatMap((d) => findTests(join(root, d), '.test.ts'))
    .map((f) => relative(root, f))
    .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
    .sort();
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  if (files.length === 0) return tally;
  console.log(`\n[convene] node test suites: ${files.length} files\n`);
  // One file at a time (node's default on 2 cores): two at a time took the node phase from about 9 to 5
  // minutes, but once cancelled a PostgreSQL suite whose fresh schema its migrator could not see.
  const args = ['--import', 'tsx', '--test', '--test-reporter=spec', ...files];
  const code = await run(process.execPath, args, (line) => {
    const m = /^ℹ (pass|fail|skipped|todo) (\d+)$/.exec(line.trim());
    if (m?.[1] === 'pass') tally.passed = Number(m[2]);
    if (m?.[1] === 'fail') tally.failed = Number(m[2]);
    if (m?.[1] === 'skipped' || m?.[1] === 'todo') tally.skipped += Number(m[2]);
  });
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

async function browserSuites(filter: string[]): Promise<Tally> {
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const specs = findTests(join(root, 'playwright'), '.spec.ts').map((f) => relative(root, f));
  const chosen = specs.filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
  if (chosen.length === 0) return tally;
  ensureDebianPackages('The browser tests (Playwright with Debian Chromium)', ['chromium']);
  console.log(`\n[convene] browser suites: ${chosen.length} files\n`);
  const report = join(root, 'playwright', '.results', 'report.json');
  rmSync(report, { force: true });
  const code = await run(process.execPath, [
    join(root, 'node_modules/@playwright/test/cli.js'),
    'test',
    '-c',
    'playwright/playwright.config.ts',
    ...(filter.length ? chosen : []),
  ]);
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats as Record<string, number>;
    tally.passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    tally.failed = stats.unexpected ?? 0;
    tally.skipped = stats.skipped ?? 0;
  }
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

/** Types and lint (including the one-way layers) over the whole tree: a failure fails the run. */
async function staticChecks(): Promise<Tally> {
  console.log('\n[convene] static checks: tsc --noEmit, eslint\n');
  const bin = (p: string) => join(root, 'node_modules', p);
  const tsc = await run(process.execPath, [bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  const lint = await run(process.execPath, [bin('eslint/bin/eslint.js'), '.']);
  const failed = (tsc === 0 ? 0 : 1) + (lint === 0 ? 0 : 1);
  return { passed: 2 - failed, failed, skipped: 0 };
}

async function main(): Promise<void> {
  const filter = process.argv.slice(2);
  await prepare().catch(exitOnSetupError);
  const started = Date.now();
  const checks = filter.length === 0 ? await staticChecks() : { passed: 0, failed: 0, skipped: 0 };
  const nodes = await nodeSuites(filter);
  const a = { ...nodes, failed: nodes.failed + checks.failed };
  const b = await browserSuites(filter);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (checks.failed) console.log(`\n[convene] static checks: ${checks.failed} of 2 failed (see above)`);
  console.log(`\n[convene] node suites: ${nodes.passed} passed, ${nodes.failed} failed, ${nodes.skipped} skipped`);
  console.log(
    `[convene] browser suites: ${b.passed} passed, ${b.failed} failed, ${b.skipped} skipped (${seconds} s in all)`,
  );
  console.log(`tests: ${a.passed + b.passed} passed, ${a.failed + b.failed} failed, ${a.skipped + b.skipped} skipped`);
  process.exit(a.failed + b.failed === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
