import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startConvene } from './app';
import { testConfig } from './test-support/test-config';

async function signIn(url: string, username: string, password: string): Promise<number> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('the server with its embedded database', () => {
  it('seeds demo data once on an empty embedded database, keeps it across a restart, and serves sign-in', async () => {
    const config = testConfig();
    const first = await startConvene(config, { web: false });
    let second;
    try {
      assert.deepEqual(
        first.demoLogins.map((l) => l.role),
        ['clinician', 'nurse', 'coordinator', 'admin', 'care_home_staff', 'prison_staff'],
      );
      const kinds = await first.db.selectFrom('organisations').select('kind').orderBy('kind').execute();
      assert.deepEqual(
        kinds.map((k) => k.kind),
        ['care_home', 'hub', 'prison', 'trust'],
      );
      const patients = await first.db.selectFrom('patients').select('nhs_number').execute();
      assert.ok(patients.length >= 6 && patients.every((p) => p.nhs_number?.startsWith('999')));
      const clinician = first.demoLogins[0]!;
      assert.equal(await signIn(first.url, clinician.username, clinician.password), 200);
      await first.close();

      second = await startConvene(config, { web: false });
      assert.deepEqual(second.demoLogins, first.demoLogins, 'the same logins are shown again');
      const orgs = await second.db.selectFrom('organisations').select('id').execute();
      assert.equal(orgs.length, 4, 'not seeded twice');
      assert.equal(await signIn(second.url, clinician.username, clinician.password), 200);
    } finally {
      await second?.close();
    }
  });

  it('never seeds demo data in production', async () => {
    const app = await startConvene(testConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://convene.example' }), {
      web: false,
    });
    try {
      assert.deepEqual(app.demoLogins, []);
      assert.equal((await app.db.selectFrom('users').select('id').execute()).length, 0);
      assert.equal(await signIn(`http://127.0.0.1:${app.port}`, 'demo.clinician', 'anything-at-all'), 401);
    } finally {
      await app.close();
    }
  });
});
