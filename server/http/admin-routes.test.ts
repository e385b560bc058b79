import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminRoutes } from '../../contracts/http/admin';
import { pathOf, type HttpRoute } from '../../contracts/http/route';
import { adminContext } from '../../domain/admin/context';
import { createUser } from '../../domain/admin/users';
import { startConvene, type RunningConvene } from '../app';
import { people } from '../test-support/people';
import { testConfig } from '../test-support/test-config';

const ANY = '00000000-0000-4000-8000-000000000000';
const ROUTES: HttpRoute[] = Object.values(AdminRoutes);
/** A body each route would accept, so that only who is asking decides the answer. */
const VALID = new Map<HttpRoute, unknown>([
  [AdminRoutes.createOrganisation, { name: 'X', kind: 'care_home' }],
  [AdminRoutes.createService, { name: 'X', kind: 'mdt' }],
  [AdminRoutes.setHours, { openingHours: { always: true } }],
  [AdminRoutes.addMember, { userId: ANY }],
  [AdminRoutes.createUser, { username: 'xyz', displayName: 'X', role: 'nurse' }],
]);
const NON_ADMINS = ['demo.clinician', 'demo.nurse', 'demo.coordinator', 'demo.carehome', 'demo.prison'];

/** The admin API over HTTP, as the admin pages use it: only admins, only their own organisation, all audited. */
describe('the admin routes', () => {
  let app: RunningConvene;
  let p: ReturnType<typeof people>;
  let admin = '';
  const at = (route: HttpRoute, id = ANY) => pathOf(route, { id, userId: id } as never);
  const call = (route: HttpRoute, cookie: string, body: unknown = {}, id?: string) =>
    p.api(at(route, id), route.method === 'GET' ? undefined : body, cookie);
  const signIn = async (username: string, password: string) =>
    (await p.api('/api/auth/login', { username, password })).status;
  /** The audit trail of one resource, newest first, as the audit page reads it. */
  const auditActions = async (resource: string) => {
    const { body } = await p.api(`/api/admin/audit?resource=${resource}`, undefined, admin);
    return (body.events as { action: string }[]).map((e) => e.action);
  };

  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    p = people(app);
    admin = (await p.staff('demo.admin')).cookie;
  });
  after(() => app.close());

  it('refuses every admin route without a sign-in (401) and to every non-admin demo role (403)', async () => {
    for (const route of ROUTES) assert.equal((await call(route, '')).status, 401, `${route.method} ${route.path}`);
    // Real ids, the admin's own: the refusal must come from who is asking, not from an unknown id.
    const service = ((await call(AdminRoutes.services, admin)).body.services as { id: string }[])[0]!.id;
    const user = ((await call(AdminRoutes.users, admin)).body.users as { id: string }[])[0]!.id;
    for (const username of NON_ADMINS) {
      const { cookie } = await p.staff(username);
      for (const route of ROUTES) {
        const id = route.path.includes('/services/') ? service : user;
        const { status } = await p.api(
          pathOf(route, { id, userId: user } as never),
          route.method === 'GET' ? undefined : (VALID.get(route) ?? {}),
          cookie,
        );
        assert.equal(status, 403, `${username}: ${route.method} ${route.path} answered ${status}`);
      }
    }
  });

  it('lets the admin create a service and an account, add one to the other, each audited', async () => {
    const service = await call(AdminRoutes.createService, admin, { name: 'Frailty Hub', kind: 'on_demand_hub' });
    assert.equal(service.status, 201);
    const user = await call(AdminRoutes.createUser, admin, {
      username: 'f.nurse',
      displayName: 'Fay Nurse',
      role: 'nurse',
    });
    assert.equal(user.status, 201);
    const [serviceId, userId] = [String(service.body.id), String(user.body.id)];
    assert.equal((await call(AdminRoutes.addMember, admin, { userId }, serviceId)).status, 200);
    const hours = { timeZone: 'Europe/London', weekly: { tue: [['08:00', '18:00']] } };
    assert.equal((await call(AdminRoutes.setHours, admin, { openingHours: hours }, serviceId)).status, 200);
    const nurse = await p.api('/api/auth/login', { username: 'f.nurse', password: user.body.password });
    assert.deepEqual((nurse.body.user as { serviceIds: string[] }).serviceIds, [serviceId]);
    assert.deepEqual(await auditActions(serviceId), [
      'admin.service.hours',
      'admin.service.member',
      'admin.service.create',
    ]);
    assert.deepEqual(await auditActions(userId), ['auth.login', 'admin.user.create']);
    const org = await call(AdminRoutes.createOrganisation, admin, { name: 'Elm Lodge Care Home', kind: 'care_home' });
    assert.deepEqual(await auditActions(String(org.body.id)), ['admin.org.create']);
  });

  it('a reset password signs in and the old one does not; a disabled account cannot; unlock lets a locked one in', async () => {
    const made = await call(AdminRoutes.createUser, admin, {
      username: 'k.clinician',
      displayName: 'Kit Clinician',
      role: 'clinician',
    });
    const id = String(made.body.id);
    const reset = await call(AdminRoutes.resetPassword, admin, {}, id);
    assert.equal(await signIn('k.clinician', String(made.body.password)), 401);
    assert.equal(await signIn('k.clinician', String(reset.body.password)), 200);

    assert.equal((await call(AdminRoutes.disableUser, admin, {}, id)).status, 200);
    assert.equal(await signIn('k.clinician', String(reset.body.password)), 403);
    assert.equal((await call(AdminRoutes.enableUser, admin, {}, id)).status, 200);
    assert.equal(await signIn('k.clinician', String(reset.body.password)), 200);

    for (let i = 0; i < 5; i++) await signIn('k.clinician', 'a-wrong-password');
    assert.equal(await signIn('k.clinician', String(reset.body.password)), 423);
    assert.equal((await call(AdminRoutes.unlockUser, admin, {}, id)).status, 200);
    assert.equal(await signIn('k.clinician', String(reset.body.password)), 200);
    const actions = await auditActions(id);
    for (const a of ['admin.user.password', 'admin.user.disable', 'admin.user.enable', 'admin.user.unlock'])
      assert.ok(actions.includes(a), `${a} in ${actions.join(', ')}`);
  });

  it('refuses an admin of another organisation this organisation’s services and accounts', async () => {
    const hubOrg = await app.db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'hub')
      .executeTakeFirstOrThrow();
    const cli = { identity: { id: 'cli:test', role: 'admin' as const, organisationId: hubOrg.id }, name: 'cli' };
    const other = await createUser(adminContext(app.db), cli, {
      username: 'hub.admin',
      displayName: 'Hub Admin',
      role: 'admin',
    });
    const signedIn = await p.api('/api/auth/login', { username: 'hub.admin', password: other.password });
    const cookie = signedIn.cookies.map((c) => c.split(';')[0]).join('; ');
    const services = (await call(AdminRoutes.services, admin)).body.services as { id: string }[];
    const users = (await call(AdminRoutes.users, admin)).body.users as { id: string; username: string }[];
    const service = services[0]!.id;
    const user = users.find((u) => u.username === 'demo.coordinator')!.id;
    for (const route of [
      AdminRoutes.disableUser,
      AdminRoutes.enableUser,
      AdminRoutes.unlockUser,
      AdminRoutes.resetPassword,
    ])
      assert.equal((await call(route, cookie, {}, user)).status, 403, route.path);
    assert.equal((await call(AdminRoutes.setHours, cookie, { openingHours: { always: true } }, service)).status, 403);
    assert.equal((await call(AdminRoutes.addMember, cookie, { userId: other.id }, service)).status, 403);
    assert.equal(
      (await p.api(pathOf(AdminRoutes.removeMember, { id: service, userId: user }), {}, cookie)).status,
      403,
    );
    const theirUsers = (await call(AdminRoutes.users, cookie)).body.users as { id: string }[];
    assert.ok(!theirUsers.some((u) => u.id === user));
    assert.ok(
      (await signIn('demo.coordinator', app.demoLogins.find((l) => l.username === 'demo.coordinator')!.password)) ===
        200,
    );
  });
});
