import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SignallingClient } from '../contracts/client/signalling-client';
import { CloseCode } from '../contracts/protocol/close-codes';
import { startConvene, type RunningConvene } from './app';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const closeOf = (c: SignallingClient) =>
  new Promise<{ code: number; reason: string }>((resolve) => c.onClose((code, reason) => resolve({ code, reason })));

/** The header's "Sign out": the sign-in is over everywhere at once, not when its token would lapse. */
describe('signing out', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
  });
  after(() => app.close());

  it('refuses the old cookies on HTTP, closes the socket opened with them and refuses it on reconnect', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    assert.equal((await p.api('/api/me', undefined, nurse.cookie)).status, 200);
    const socket = await nurse.socket();
    const closed = closeOf(socket);

    const out = await p.api('/api/auth/logout', {}, nurse.cookie);
    assert.deepEqual([out.status, out.body], [200, { signedOut: true }]);
    assert.ok(
      out.cookies.every((c) => /Max-Age=0/i.test(c)),
      'both cookies are cleared in the browser too',
    );

    assert.deepEqual(await closed, { code: CloseCode.SessionEnded, reason: 'you have signed out' });
    for (const path of ['/api/me', '/api/my-services', '/api/directory'])
      assert.equal((await p.api(path, undefined, nurse.cookie)).status, 401, path);
    assert.equal((await p.api('/api/auth/refresh', {}, nurse.cookie)).status, 401, 'no fresh token from it');
    await assert.rejects(nurse.socket(), new RegExp(String(CloseCode.Unauthenticated)));
  });
});
