import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeOnEachDatabase } from '../db/test-support/databases';
import { IdentityError } from './identity-error';
import { SignInThrottle } from './sign-in-throttle';

async function throttledFor(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof IdentityError, String(err));
    assert.equal(err.code, 'throttled');
    return err.message;
  }
  assert.fail('expected the address to be throttled');
}

describeOnEachDatabase('sign-in throttle', (t) => {
  let now = Date.parse('2026-03-02T09:00:00Z');
  const throttle = (limit: number) => new SignInThrottle({ limit, windowMs: 10 * 60_000, now: () => now });
  const recorded = async (address: string) =>
    (await t.db.selectFrom('sign_in_attempts').select('id').where('address', '=', address).execute()).length;

  it('lets an address fail up to the limit, then refuses it until its oldest failure leaves the window', async () => {
    const three = throttle(3);
    for (let i = 0; i < 3; i++) {
      await three.reserve(t.db, '203.0.113.5');
      now += 60_000;
    }
    // Failures at 0, 1 and 2 minutes; at 3 minutes the first leaves the window 7 minutes later.
    assert.equal(
      await throttledFor(three.reserve(t.db, '203.0.113.5')),
      'Too many failed sign-ins from your network. Try again in 7 minutes.',
    );
    await three.reserve(t.db, '203.0.113.6');
    now += 7 * 60_000 - 1;
    assert.match(await throttledFor(three.reserve(t.db, '203.0.113.5')), /Try again in 1 minute\.$/);
    now += 1;
    await three.reserve(t.db, '203.0.113.5');
  });

  it('counts across two throttles on one database, as two server processes would', async () => {
    const [first, second] = [throttle(3), throttle(3)];
    await first.reserve(t.db, '203.0.113.7');
    await second.reserve(t.db, '203.0.113.7');
    await first.reserve(t.db, '203.0.113.7');
    await throttledFor(second.reserve(t.db, '203.0.113.7'));
    await throttledFor(first.reserve(t.db, '203.0.113.7'));
  });

  it('does not count an attempt it forgives (a right password), nor a refused one', async () => {
    const two = throttle(2);
    await two.forgive(t.db, await two.reserve(t.db, '203.0.113.8'));
    await two.forgive(t.db, await two.reserve(t.db, '203.0.113.8'));
    await two.reserve(t.db, '203.0.113.8');
    await two.reserve(t.db, '203.0.113.8');
    await throttledFor(two.reserve(t.db, '203.0.113.8'));
    assert.equal(await recorded('203.0.113.8'), 2);
  });

  it('reserves no more than the limit when many attempts arrive at once', async () => {
    const thirty = throttle(30);
    const results = await Promise.allSettled(Array.from({ length: 34 }, () => thirty.reserve(t.db, '203.0.113.9')));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 30);
    assert.equal(await recorded('203.0.113.9'), 30);
  });

  it('sweeps out attempts that have left the window, and counts an unknown address as one', async () => {
    await throttle(3).reserve(t.db, null);
    now += 10 * 60_000;
    await throttle(3).reserve(t.db, null);
    const rows = await t.db.selectFrom('sign_in_attempts').select(['address', 'at']).execute();
    assert.deepEqual(rows, [{ address: 'unknown', at: new Date(now) }]);
  });
});
