import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const script = `
import { ensureDebianPackages, exitOnSetupError } from './scripts/lib/system-packages.ts';
try { ensureDebianPackages('The test', ['dpkg', 'convene-no-such-package']); console.log('installed'); }
catch (err) { exitOnSetupError(err); }
`;

describe('system packages', () => {
  it('as a non-root user, names the missing packages and the exact sudo apt-get line, and fails', (t) => {
    const probe = spawnSync('runuser', ['-u', 'nobody', '--', 'true']);
    if (process.getuid?.() !== 0 || probe.status !== 0) {
      t.skip('needs root to run a child as nobody');
      return;
    }
    const r = spawnSync(
      'runuser',
      ['-u', 'nobody', '--', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, HOME: '/tmp' },
      },
    );
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /The test needs these system packages, which are not installed: convene-no-such-package/);
    assert.match(r.stderr, /^ {2}sudo apt-get install -y convene-no-such-package$/m);
    assert.doesNotMatch(r.stdout, /installed/);
  });
});
