import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeOnEachDatabase } from '../db/test-support/databases';
import { createOrganisation, createService } from '../db/records/organisations';
import { IdentityError, type IdentityErrorCode } from './identity-error';
import { login, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './login';
import { LiveGrants } from './live-grants';
import { endSession, refreshSession } from './sessions';
import { createStaffUser } from './staff-users';
import { TokenService } from './tokens';

const PASSWORD = 'correct horse battery staple';
const system = { id: 'test', role: 'system' };

async function refusedWith(promise: Promise<unknown>, code: IdentityErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof IdentityError, `expected an IdentityError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    if (message) assert.match(err.message, message);
    return true;
  });
}

describeOnEachDatabase('password sign-in, lock-out and sessions', (t) => {
  let clock = new Date('2026-03-02T09:00:00Z');
  const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789', () => clock);
  const deps = () => ({ db: t.db, tokens, now: () => clock });
  let serviceId = '';

  async function auditActions(userId: string): Promise<string[]> {
    const rows = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.action);
  }

  async function user(username: string): Promise<string> {
    const org = await createOrganisation(t.db, { name: `Org of ${username}`, kind: 'hub' });
    const service = await createService(t.db, { organisationId: org.id, name: 'Hub', kind: 'on_demand_hub' });
    serviceId = service.id;
    const u = await createStaffUser(
      t.db,
      {
        organisationId: org.id,
        username,
        displayName: 'Nurse Test',
        role: 'nurse',
        password: PASSWORD,
        serviceIds: [service.id],
      },
      system,
    );
    return u.id;
  }

  it('signs in with the right password: an access token naming the session, org and services', async () => {
    const id = await user('Nurse.One');
    const signedIn = await login(deps(), { username: ' nurse.one ', password: PASSWORD }, { ip: '10.1.1.1' });
    const claims = tokens.verifyAccess(signedIn.accessToken);
    assert.deepEqual(
      [claims.sub, claims.role, claims.sid, claims.services],
      [id, 'nurse', signedIn.session.id, [serviceId]],
    );
    const grants = new LiveGrants(t.db, { now: () => clock.getTime() });
    assert.equal(await grants.refusal(claims), null, 'the sign-in stands');
    assert.deepEqual(await auditActions(id), ['admin.user.create', 'auth.login']);
  });

  it('refuses a wrong password and an unknown username with the same code and words', async () => {
    const wrong = await login(deps(), { username: 'nurse.one', password: 'wrong password!' }).catch((e: unknown) => e);
    const unknown = await login(deps(), { username: 'nobody.here', password: PASSWORD }).catch((e: unknown) => e);
    assert.ok(wrong instanceof IdentityError && unknown instanceof IdentityError);
    assert.deepEqual([wrong.code, wrong.message], ['wrong_password', 'The username or password is not correct.']);
    assert.deepEqual([unknown.code, unknown.message], [wrong.code, wrong.message]);
    const failures = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.login_failed')
      .execute();
    assert.equal(failures.length, 2);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords for ${LOCKOUT_MINUTES} minutes, even for the right one`, async () => {
    const id = await user('locked.nurse');
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      await refusedWith(login(deps(), { username: 'locked.nurse', password: `guess ${i}` }), 'wrong_password');
    }
    await refusedWith(
      login(deps(), { username: 'locked.nurse', password: 'guess 5' }),
      'locked',
      /locked after 5 failed/,
    );
    await refusedWith(
      login(deps(), { username: 'locked.nurse', password: PASSWORD }),
      'locked',
      /Try again after 09:15/,
    );
    clock = new Date(clock.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    const signedIn = await login(deps(), { username: 'locked.nurse', password: PASSWORD });
    assert.equal(tokens.verifyAccess(signedIn.accessToken).sub, id);
    const actions = await auditActions(id);
    assert.equal(actions.filter((a) => a === 'auth.login_failed').length, MAX_FAILED_LOGINS);
    assert.deepEqual(actions.slice(-3), ['auth.locked', 'auth.login_refused', 'auth.login']);
  });

  it('refuses a disabled account even with the right password', async () => {
    const id = await user('gone.nurse');
    await t.db.updateTable('users').set({ disabled_at: clock }).where('id', '=', id).execute();
    await refusedWith(login(deps(), { username: 'gone.nurse', password: PASSWORD }), 'disabled');
  });

  it('refreshes while the session stands; refuses a forged cookie, a signed-out and an expired session', async () => {
    const signedIn = await login(deps(), { username: 'nurse.one', password: PASSWORD });
    const refreshed = await refreshSession(deps(), signedIn.session.cookie);
    assert.equal(tokens.verifyAccess(refreshed.accessToken).sid, signedIn.session.id);

    const [sid] = signedIn.session.cookie.split('.');
    await refusedWith(refreshSession(deps(), `${sid}.not-the-secret`), 'invalid');
    await refusedWith(refreshSession(deps(), undefined), 'missing');

    const grants = new LiveGrants(t.db, { ttlMs: 0, now: () => clock.getTime() });
    const claims = tokens.verifyAccess(refreshed.accessToken);
    assert.equal(await grants.refusal(claims), null);
    await endSession(deps(), signedIn.session.cookie, { ip: '10.1.1.1' });
    await refusedWith(refreshSession(deps(), signedIn.session.cookie), 'revoked');
    assert.match((await grants.refusal(claims)) ?? '', /sign-in has ended/, 'its access tokens no longer stand');

    const other = await login(deps(), { username: 'nurse.one', password: PASSWORD });
    clock = new Date(clock.getTime() + 13 * 3600_000);
    await refusedWith(refreshSession(deps(), other.session.cookie), 'expired');
  });

  it('refuses a weak password when the account is made', async () => {
    const org = await createOrganisation(t.db, { name: 'Weak Org', kind: 'trust' });
    await refusedWith(
      createStaffUser(
        t.db,
        { organisationId: org.id, username: 'weak', displayName: 'W', role: 'admin', password: 'short' },
        system,
      ),
      'weak_password',
    );
  });
});
