import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import { checkInvite } from '../../identity/invites';
import { Refusal } from '../../contracts/refusal';
import { Consultations } from '../consultations/consultations';
import { PRECHECK } from '../consultations/test-support/world';
import { DomainError } from '../kernel/domain-error';
import { arriveByFixedLink } from './fixed-link-arrival';
import { fixedLinkOf, setFixedLink } from './fixed-links';
import { inviteWorld, type InviteWorld } from './test-support/invite-world';

/** A clock the test sets: a weekday morning (the demo clinic open) unless moved. */
function settableClock(iso = '2026-11-23T10:00:00Z') {
  let t = Date.parse(iso);
  const now = () => new Date((t += 1000));
  return Object.assign(now, { set: (at: string) => void (t = Date.parse(at)) });
}

const refusedWith = (code: string) => (err: unknown) => err instanceof Refusal && err.code === code;
const ARRIVAL = { givenName: 'June', familyName: 'Carter', dateOfBirth: '1951-07-14' };

describeOnEachDatabase('fixed waiting-area links', (t) => {
  let w: InviteWorld;
  const now = settableClock();
  let linkId: string;
  before(async () => {
    w = await inviteWorld(t, now);
    linkId = (await setFixedLink(w.ctx, w.coordinator, w.clinic, true)).linkId!;
  });

  it('lets a patient enter the queue through it, with the name, date of birth and reason they give', async () => {
    const { token, name } = await arriveByFixedLink(w.ctx, linkId, ARRIVAL, { ip: '203.0.113.1' });
    assert.equal(name, 'June Carter');
    assert.equal((await checkInvite(w.ctx, token)).status, 'valid');
    const guest = await w.guestByToken(token, name);
    const domain = new Consultations({ db: t.db, now });
    await domain.arrive(guest, { displayName: name, precheck: PRECHECK, reason: 'Breathless on stairs' });
    const queue = await domain.queue(w.coordinator, w.clinic);
    const entry = queue.find((e) => e.displayName === 'June Carter');
    assert.equal(entry?.reason, 'Breathless on stairs');
    const invite = await t.db.selectFrom('invites').selectAll().where('fixed_link_id', '=', linkId).executeTakeFirst();
    assert.equal(invite?.date_of_birth, '1951-07-14');
    assert.equal(invite?.single_use, true, 'each arrival gets its own one-use link');
  });

  it('is refused when the service is closed', async () => {
    now.set('2026-11-28T11:00:00Z'); // a Saturday
    await assert.rejects(arriveByFixedLink(w.ctx, linkId, ARRIVAL, { ip: '203.0.113.2' }), refusedWith('closed'));
    now.set('2026-11-23T11:00:00Z');
  });

  it('is refused when turned off, and only staff of the service may turn it off', async () => {
    await assert.rejects(
      setFixedLink(w.ctx, w.nurse, w.clinic, false),
      (err: unknown) => err instanceof DomainError && err.code === 'forbidden',
    );
    await setFixedLink(w.ctx, w.coordinator, w.clinic, false);
    assert.equal((await fixedLinkOf(w.ctx, w.coordinator, w.clinic)).linkId, null);
    await assert.rejects(arriveByFixedLink(w.ctx, linkId, ARRIVAL, { ip: '203.0.113.3' }), refusedWith('revoked'));
    const again = await setFixedLink(w.ctx, w.coordinator, w.clinic, true);
    assert.notEqual(again.linkId, linkId, 'turning it on again publishes a new link');
    linkId = again.linkId!;
  });

  it('answers throttled after 10 arrivals from one address in 10 minutes', async () => {
    for (let i = 0; i < 10; i++) await arriveByFixedLink(w.ctx, linkId, ARRIVAL, { ip: '203.0.113.50' });
    await assert.rejects(arriveByFixedLink(w.ctx, linkId, ARRIVAL, { ip: '203.0.113.50' }), refusedWith('throttled'));
    await arriveByFixedLink(w.ctx, linkId, ARRIVAL, { ip: '203.0.113.51' });
    const refusals = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'fixed_link.refused')
      .execute();
    assert.ok(
      refusals.some((r) => JSON.stringify(r.details).includes('throttled')),
      'the refusal is audited',
    );
  });
});
