import { spawnSync } from 'node:child_process';

/** Raised when the machine lacks Debian packages and we may not install them ourselves. */
export class MissingSystemPackagesError extends Error {
  constructor(
    readonly purpose: string,
    readonly packages: string[],
  ) {
    super(
      `${purpose} needs these system packages, which are not installed: ${packages.join(' ')}\n` +
        `Install them, then run the command again:\n\n` +
        `  sudo apt-get install -y ${packages.join(' ')}\n`,
    );
    this.name = 'MissingSystemPackagesError';
  }
}

function isInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Makes sure Debian/Ubuntu packages are present. As root they are installed with apt-get
 * (and we say so); otherwise the exact `sudo apt-get install` line is given and we stop.
 */
export function ensureDebianPackages(purpose: string, packages: string[]): void {
  if (spawnSync('dpkg-query', ['--version']).status !== 0) {
    throw new Error(
      `${purpose} expects a Debian or Ubuntu machine (dpkg-query was not found). ` +
        `Install the equivalents of these Debian packages: ${packages.join(' ')}`,
    );
  }
  const missing = packages.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new MissingSystemPackagesError(purpose, missing);
  console.log(`[convene] ${purpose}: running as root, so installing with apt-get: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

/** For setup commands: a missing-package error is printed as the plain instruction it is. */
export function exitOnSetupError(err: unknown): never {
  console.error(err instanceof MissingSystemPackagesError ? err.message : err);
  process.exit(1);
}
