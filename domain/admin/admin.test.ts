import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { verifyAuditChain } from '../../audit/verify-chain';
import { login } from '../../identity/login';
import { demoWorld, type World } from '../consultations/test-support/world';
import type { Actor } from '../kernel/context';
import { adminContext } from './context';
import { addMember, removeMember } from './members';
import { createOrganisation, listOrganisations } from './organisations';
import { createService, setOpeningHours } from './services';
import { listServices } from './service-list';
import { createUser, listUsers } from './users';
import { disableUser, enableUser, resetPassword, unlockUser } from './user-status';
import { listAudit } from './audit-trail';

const WEEKDAYS = { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] as [string, string][] } };

describeOnEachDatabase('administration use cases', (t) => {
  let w: World;
  let otherAdmin: Actor;
  const ctx = () => adminContext(t.db);
  const signIn = (username: string, password: string) => login({ db: t.db, tokens: w.tokens }, { username, password });

  before(async () => {
    w = await demoWorld(t);
    // An admin of the hub organisation: the demo's admin is the trust's.
    const hubOrg = await t.db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'hub')
      .executeTakeFirstOrThrow();
    const made = await createUser(
      ctx(),
      { identity: { id: 'cli:test', role: 'admin', organisationId: hubOrg.id }, name: 'cli' },
      {
        username: 'hub.admin',
        displayName: 'Hub Admin',
        role: 'admin',
      },
    );
    otherAdmin = { identity: { id: made.id, role: 'admin', organisationId: hubOrg.id }, name: 'Hub Admin' };
  });

  it('lets the admin build a service and an account in their organisation, each change audited', async () => {
    const service = await createService(ctx(), w.admin, { name: 'Virtual Ward', kind: 'on_demand_hub' });
    const user = await createUser(ctx(), w.admin, { username: 'v.nurse', displayName: 'Val Nurse', role: 'nurse' });
    assert.match(user.password, /^[\w-]{20}$/);
    await addMember(ctx(), w.admin, { serviceId: service.id, userId: user.id });
    await setOpeningHours(ctx(), w.admin, service.id, WEEKDAYS);
    const listed = (await listServices(ctx(), w.admin)).find((s) => s.id === service.id)!;
    assert.deepEqual(
      listed.members.map((m) => m.username),
      ['v.nurse'],
    );
    assert.deepEqual(listed.openingHours, WEEKDAYS);
    await removeMember(ctx(), w.admin, { serviceId: service.id, userId: user.id });
    const org = await createOrganisation(ctx(), w.admin, { name: 'Oak House Care Home', kind: 'care_home' });
    assert.ok((await listOrganisations(ctx(), w.admin)).some((o) => o.id === org.id && !o.own));

    const { events } = await listAudit(ctx(), w.admin, { actor: w.admin.identity.id });
    assert.deepEqual(
      events.slice(0, 6).map((e) => e.action),
      [
        'admin.org.create',
        'admin.service.member_removed',
        'admin.service.hours',
        'admin.service.member',
        'admin.user.create',
        'admin.service.create',
      ],
    );
    assert.equal((await listAudit(ctx(), w.admin, { action: 'admin.user.', resource: user.id })).events.length, 1);
    assert.equal((await verifyAuditChain(t.db)).intact, true);
  });

  it('refuses an admin of another organisation every account and service of this one, and audits it', async () => {
    const service = (await listServices(ctx(), w.admin))[0]!;
    const victim = (await listUsers(ctx(), w.admin)).find((u) => u.username === 'demo.coordinator')!;
    const attempts = [
      () => setOpeningHours(ctx(), otherAdmin, service.id, { always: true }),
      () => addMember(ctx(), otherAdmin, { serviceId: service.id, userId: otherAdmin.identity.id }),
      () => removeMember(ctx(), otherAdmin, { serviceId: service.id, userId: victim.id }),
      () => disableUser(ctx(), otherAdmin, victim.id),
      () => enableUser(ctx(), otherAdmin, victim.id),
      () => unlockUser(ctx(), otherAdmin, victim.id),
      () => resetPassword(ctx(), otherAdmin, victim.id),
    ];
    for (const attempt of attempts) await assert.rejects(attempt(), { code: 'forbidden' });
    // Nor may they add one of their own accounts to this organisation's service, or this one's to theirs.
    const theirs = await createService(ctx(), otherAdmin, { name: 'Hub Overflow', kind: 'on_demand_hub' });
    await assert.rejects(addMember(ctx(), otherAdmin, { serviceId: theirs.id, userId: victim.id }), {
      code: 'forbidden',
    });
    assert.ok(!(await listUsers(ctx(), otherAdmin)).some((u) => u.id === victim.id));
    assert.ok(!(await listServices(ctx(), otherAdmin)).some((s) => s.id === service.id));
    const refused = await listAudit(ctx(), w.admin, { action: 'access.refused', actor: 'hub.admin' });
    assert.equal(refused.events.length, attempts.length + 1);
  });

  it('refuses every non-admin role, audited', async () => {
    for (const actor of [w.clinician, w.nurse, w.coordinator, w.careHome]) {
      await assert.rejects(listUsers(ctx(), actor), { code: 'forbidden' });
      await assert.rejects(createService(ctx(), actor, { name: 'X', kind: 'mdt' }), { code: 'forbidden' });
      await assert.rejects(listAudit(ctx(), actor, {}), { code: 'forbidden' });
      await assert.rejects(createOrganisation(ctx(), actor, { name: 'X', kind: 'trust' }), { code: 'forbidden' });
    }
  });

  it('a reset password signs in and the old one no longer does; disable, enable and unlock do what they say', async () => {
    const user = await createUser(ctx(), w.admin, {
      username: 'r.reset',
      displayName: 'Rita Reset',
      role: 'clinician',
    });
    await signIn('r.reset', user.password);
    const { password } = await resetPassword(ctx(), w.admin, user.id);
    await assert.rejects(signIn('r.reset', user.password), { code: 'wrong_password' });
    await signIn('r.reset', password);

    await disableUser(ctx(), w.admin, user.id);
    await assert.rejects(signIn('r.reset', password), { code: 'disabled' });
    await enableUser(ctx(), w.admin, user.id);
    await signIn('r.reset', password);

    for (let i = 0; i < 5; i++) await assert.rejects(signIn('r.reset', 'not-the-password'));
    await assert.rejects(signIn('r.reset', password), { code: 'locked' });
    await unlockUser(ctx(), w.admin, user.id);
    await signIn('r.reset', password);
    await assert.rejects(disableUser(ctx(), w.admin, w.admin.identity.id), { code: 'bad_request' });
  });

  it('turns bad input into refusals the admin can act on', async () => {
    await assert.rejects(createUser(ctx(), w.admin, { username: 'demo.nurse', displayName: 'X', role: 'nurse' }), {
      code: 'conflict',
    });
    await assert.rejects(createUser(ctx(), w.admin, { username: 'x', displayName: 'X', role: 'nurse' }), {
      code: 'bad_request',
    });
    const hours = { timeZone: 'Mars/Olympus', weekly: {} };
    await assert.rejects(createService(ctx(), w.admin, { name: 'Y', kind: 'mdt', openingHours: hours }), {
      code: 'bad_request',
    });
    await assert.rejects(disableUser(ctx(), w.admin, 'not-an-id'), { code: 'not_found' });
  });
});
