import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdentityError } from './identity-error';
import { SignInThrottle } from './sign-in-throttle';

const throttledFor = (fn: () => void): string => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof IdentityError);
    assert.equal(err.code, 'throttled');
    return err.message;
  }
  assert.fail('expected the address to be throttled');
};

describe('sign-in throttle', () => {
  it('lets an address fail up to the limit, then refuses it until its oldest failure leaves the window', () => {
    let now = 0;
    const throttle = new SignInThrottle({ limit: 3, windowMs: 10 * 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      throttle.check('203.0.113.5');
      throttle.recordFailure('203.0.113.5');
      now += 60_000;
    }
    // Failures at 0, 1 and 2 minutes; at 3 minutes the first leaves the window 7 minutes later.
    assert.equal(
      throttledFor(() => throttle.check('203.0.113.5')),
      'Too many failed sign-ins from your network. Try again in 7 minutes.',
    );
    throttle.check('203.0.113.6');
    now = 10 * 60_000 - 1;
    assert.match(
      throttledFor(() => throttle.check('203.0.113.5')),
      /Try again in 1 minute\.$/,
    );
    now = 10 * 60_000;
    throttle.check('203.0.113.5');
  });

  it('remembers a bounded number of addresses, forgetting the least recently failed', () => {
    const throttle = new SignInThrottle({ limit: 1, maxAddresses: 2, now: () => 0 });
    throttle.recordFailure('a');
    throttle.recordFailure('b');
    throttle.recordFailure('a');
    throttle.recordFailure('c');
    throttledFor(() => throttle.check('a'));
    throttledFor(() => throttle.check('c'));
    throttle.check('b');
  });
});
