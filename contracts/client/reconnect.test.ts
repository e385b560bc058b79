import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CloseCode } from '../protocol/close-codes';
import { reconnectDelay, STAFF_RECONNECT, worthRetrying } from './reconnect';

describe('reconnecting', () => {
  it('waits longer after each failed try, never past the cap, and spreads the waits', () => {
    const p = STAFF_RECONNECT;
    const lowest = (n: number) => reconnectDelay(p, n, () => 0);
    const highest = (n: number) => reconnectDelay(p, n, () => 1);
    assert.deepEqual([lowest(0), highest(0)], [125, 250]);
    assert.equal(highest(1), 500);
    assert.equal(highest(3), 2000);
    assert.equal(highest(30), p.maxDelayMs);
    assert.ok(lowest(30) < highest(30) / 10, 'pages dropped together come back at different moments');
  });

  it('tries again after a network drop or a restart, never after a refusal of the sign-in', () => {
    assert.equal(worthRetrying(1006), true);
    assert.equal(worthRetrying(CloseCode.GoingAway), true);
    for (const code of [CloseCode.Unauthenticated, CloseCode.SessionEnded, CloseCode.Forbidden]) {
      assert.equal(worthRetrying(code), false, String(code));
    }
  });
});
