import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { promisify } from 'node:util';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { verifyAuditChain } from '../../audit/verify-chain';
import { login } from '../../identity/login';
import { TokenService } from '../../identity/tokens';

const root = join(import.meta.dirname, '..', '..');

describeOnEachDatabase('npm run admin', (t) => {
  async function admin(env: Record<string, string>, ...args: string[]): Promise<Record<string, unknown>> {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'admin', '--', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return JSON.parse(stdout) as Record<string, unknown>;
  }

  it('creates an organisation, a service and a user who can then sign in', async () => {
    // Only one process may open the embedded database: the CLI gets it to itself.
    await t.close();
    const env = t.env();
    const org = await admin(env, 'create-org', '--name', 'Riverside Care Home', '--kind', 'care_home');
    const hubOrg = await admin(env, 'create-org', '--name', 'County Hub', '--kind', 'hub');
    const hub = await admin(
      env,
      'create-service',
      '--org',
      String(hubOrg.id),
      '--name',
      'Hub',
      '--kind',
      'on_demand_hub',
    );
    const user = await admin(
      env,
      'create-user',
      '--org',
      String(org.id),
      '--username',
      'R.Staff',
      '--name',
      'Rae Staff',
      '--role',
      'care_home_staff',
    );
    assert.equal(user.username, 'r.staff');
    assert.match(String(user.password), /^[\w-]{20}$/);
    await assert.rejects(admin(env, 'create-org', '--name', 'X', '--kind', 'castle'), /--kind must be one of/);
    await t.open();

    const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789');
    const signedIn = await login({ db: t.db, tokens }, { username: 'r.staff', password: String(user.password) });
    assert.equal(signedIn.user.role, 'care_home_staff');
    assert.equal(hub.kind, 'on_demand_hub');
    const actions = await t.db.selectFrom('audit_events').select(['action', 'actor_id']).orderBy('id').execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['admin.org.create', 'admin.org.create', 'admin.service.create', 'admin.user.create', 'auth.login'],
    );
    assert.match(actions[0]!.actor_id!, /^cli:/);
    assert.equal((await verifyAuditChain(t.db)).intact, true);
  });
});
