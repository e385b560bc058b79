import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { syncBuiltinESMExports } from 'node:module';
import { after, it, mock } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import pino from 'pino';
import { describeOnEachDatabase } from '../db/test-support/databases';
import { createApi } from '../server/http/api';
import { createOrganisation } from '../db/records/organisations';
import { IdentityError } from './identity-error';
import { login, MAX_FAILED_LOGINS } from './login';
import { SignInThrottle } from './sign-in-throttle';
import { createStaffUser } from './staff-users';
import { TokenService } from './tokens';

const PASSWORD = 'correct horse battery staple';

/** Runs `fn` with a count of the password hashes (scrypt calls) started meanwhile. */
async function countingHashes<T>(fn: (started: () => number) => Promise<T>): Promise<T> {
  let started = 0;
  const scrypt = crypto.scrypt as (...args: unknown[]) => void;
  mock.method(crypto, 'scrypt', (...args: unknown[]) => (started++, scrypt(...args)));
  syncBuiltinESMExports();
  try {
    return await fn(() => started);
  } finally {
    mock.restoreAll();
    syncBuiltinESMExports();
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 10_000) assert.fail('timed out waiting');
    await delay(5);
  }
}

// Guesses sent all at once must be counted before the slow password hash, or they all get checked.
describeOnEachDatabase('sign-in races', (t) => {
  const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789');
  const servers: Server[] = [];
  after(() => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  async function user(username: string): Promise<string> {
    const org = await createOrganisation(t.db, { name: `Org of ${username}`, kind: 'hub' });
    const details = { organisationId: org.id, username, displayName: 'Nurse Race', role: 'nurse' as const };
    return (await createStaffUser(t.db, { ...details, password: PASSWORD }, { id: 'test', role: 'system' })).id;
  }

  async function audited(action: string, column: 'resource_id' | 'ip', value: string): Promise<number> {
    const rows = await t.db.selectFrom('audit_events').select('id').where('action', '=', action);
    return (await rows.where(column, '=', value).execute()).length;
  }

  /** POSTs a sign-in to an API whose throttle allows `limit` failures, as if from `ip` behind the proxy. */
  async function api(limit: number): Promise<(ip: string, username: string, password: string) => Promise<number>> {
    const signInThrottle = new SignInThrottle({ limit });
    const deps = { db: t.db, tokens, logger: pino({ level: 'silent' }), secureCookies: false, trustProxy: true };
    const api = createApi({ ...deps, publicUrl: () => 'http://convene.test', signInThrottle });
    const server = createServer((req, res) => void api.handle(req, res));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return async (ip, username, password) => {
      const headers = { 'content-type': 'application/json', 'x-forwarded-for': ip };
      const body = JSON.stringify({ username, password });
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers, body });
      await res.text();
      return res.status;
    };
  }

  it('checks at most five of nine wrong passwords sent at once, and refuses the right one sent just after', async () => {
    const id = await user('race.nurse');
    const guess = (password: string) => login({ db: t.db, tokens }, { username: 'race.nurse', password });
    const [right, refusals] = await countingHashes(async (hashesStarted) => {
      const wrong = Array.from({ length: 9 }, (_, i) => guess(`wrong guess ${i}`).catch((e: unknown) => e));
      // The right one goes once five wrong ones are being hashed: well before any hash is done.
      await until(() => hashesStarted() >= MAX_FAILED_LOGINS);
      return [await guess(PASSWORD).catch((e: unknown) => e), await Promise.all(wrong)];
    });

    assert.ok(right instanceof IdentityError, 'the right password, sent after nine wrong ones, must not sign in');
    assert.equal(right.code, 'locked');
    assert.ok(refusals.every((e) => e instanceof IdentityError && ['wrong_password', 'locked'].includes(e.code)));
    assert.equal(await audited('auth.login_failed', 'resource_id', id), MAX_FAILED_LOGINS);
    assert.equal(await audited('auth.locked', 'resource_id', id), 1);
    assert.equal(await audited('auth.login', 'resource_id', id), 0);
  });

  it('checks at most thirty of thirty-four wrong sign-ins sent at once from one address', async () => {
    const post = await api(30);
    const statuses = await Promise.all(
      Array.from({ length: 34 }, (_, i) => post('198.51.100.20', `nobody.${i % 3}`, 'not the password')),
    );
    assert.deepEqual([statuses.filter((s) => s === 401).length, statuses.filter((s) => s === 429).length], [30, 4]);
    assert.equal(await audited('auth.login_failed', 'ip', '198.51.100.20'), 30);
    assert.equal(await audited('auth.login_throttled', 'ip', '198.51.100.20'), 4);
  });

  it('does not count a right password as a failure of the address', async () => {
    await user('steady.nurse');
    const post = await api(3);
    const ip = '198.51.100.21';
    assert.deepEqual([await post(ip, 'steady.nurse', 'wrong one'), await post(ip, 'nobody', 'wrong two')], [401, 401]);
    for (let i = 0; i < 3; i++) assert.equal(await post(ip, 'steady.nurse', PASSWORD), 200);
    assert.equal(await post(ip, 'nobody', 'wrong three'), 401);
    assert.equal(await post(ip, 'steady.nurse', PASSWORD), 429);
  });
});
