import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startConvene, type RunningConvene } from './app';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

/** Invites are authorised by the invite use cases, so a refused invite is in the audit trail like any refusal. */
describe('invite refusals', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
  });
  after(async () => {
    await app.close();
  });

  const refusalsBy = (userId: string, action: string) =>
    app.db
      .selectFrom('audit_events')
      .select(['resource_type', 'resource_id', 'details'])
      .where('action', '=', 'access.refused')
      .where('actor_id', '=', userId)
      .execute()
      .then((rows) => rows.filter((r) => (r.details as { action?: string }).action === action));

  it('a coordinator outside the hub is refused a link to its waiting area, and the refusal is audited', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const coordinator = await p.staff('demo.coordinator');
    const asked = { scope: { kind: 'service', id: nurse.hub }, guestKind: 'patient' };
    const answer = await p.api('/api/invites', asked, coordinator.cookie);
    assert.equal(answer.status, 403, JSON.stringify(answer.body));
    const me = (await p.api('/api/me', undefined, coordinator.cookie)).body as { id?: string; user?: { id: string } };
    const userId = me.user?.id ?? me.id ?? '';
    const audited = await refusalsBy(userId, 'invite.create');
    assert.deepEqual(
      audited.map((r) => [r.resource_type, r.resource_id]),
      [['service', nurse.hub]],
    );
  });

  it('withdrawing another service’s link is refused and audited; the link still works', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const coordinator = await p.staff('demo.coordinator');
    const invite = await p.api(
      '/api/invites',
      { scope: { kind: 'service', id: nurse.hub }, guestKind: 'patient' },
      nurse.cookie,
    );
    const jti = String(invite.body.jti);
    assert.equal((await p.api(`/api/invites/${jti}/revoke`, {}, coordinator.cookie)).status, 403);
    assert.equal((await p.api(`/api/invites/${crypto.randomUUID()}/revoke`, {}, coordinator.cookie)).status, 404);
    assert.equal((await p.api('/api/invites/redeem', { token: invite.body.token, name: 'Ann' })).status, 200);
  });
});
