import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';
import { CloseCode } from '../contracts/protocol/close-codes';
import { startConvene, type RunningConvene } from './app';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const closeOf = (c: SignallingClient) =>
  new Promise<{ code: number; reason: string }>((resolve) => c.onClose((code, reason) => resolve({ code, reason })));
const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An open socket is only as good as the sign-in behind it, checked on every request, not just at the upgrade. */
describe('open sockets follow their sign-in', () => {
  let app: RunningConvene;
  before(async () => {
    app = await startConvene(testConfig(), { web: false });
  });
  after(() => app.close());

  it('signing out closes that sign-in’s open sockets at once, and the old token opens no new one', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const socket = await nurse.socket();
    await socket.request('queue.watch', { serviceId: nurse.hub });
    const closed = closeOf(socket);
    assert.equal((await p.api('/api/auth/logout', {}, nurse.cookie)).status, 200);
    const { code, reason } = await within(closed, 2_000, 'closed');
    assert.deepEqual([code, reason], [CloseCode.SessionEnded, 'you have signed out']);
    await assert.rejects(SignallingClient.connect(p.wsUrl, nurse.accessToken, WebSocket as never), /4401/);
  });

  it('an access token’s expiry closes its socket unless the page hands over a fresh one', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const claims = app.tokens.verifyAccess(nurse.accessToken);
    const { jti: _j, exp: _e, iat: _i, ...grant } = claims;
    const shortLived = () => app.tokens.issueAccess(grant, 2);

    const lapsing = await SignallingClient.connect(p.wsUrl, shortLived(), WebSocket as never);
    assert.ok(Date.parse(lapsing.welcome.expiresAt) <= Date.now() + 2_000, 'the welcome says when it expires');
    const { code } = await within(closeOf(lapsing), 4_000, 'closed at expiry');
    assert.equal(code, CloseCode.Unauthenticated);

    const kept = await SignallingClient.connect(p.wsUrl, shortLived(), WebSocket as never);
    const { expiresAt } = await kept.request('session.refresh', { accessToken: app.tokens.issueAccess(grant, 60) });
    assert.ok(Date.parse(expiresAt) > Date.now() + 50_000);
    await wait(2_500);
    const { entries } = await kept.request('queue.watch', { serviceId: nurse.hub });
    assert.ok(Array.isArray(entries), 'still served after the first token expired');

    const other = app.tokens.issueAccess({ ...grant, sub: 'someone-else' }, 60);
    await assert.rejects(
      kept.request('session.refresh', { accessToken: other }),
      (e: RequestError) => e.code === 'forbidden',
    );
    kept.close();
  });

  it('withdrawing a guest’s link closes their socket and refuses their token everywhere', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const guest = await nurse.patient('Margaret Hill');
    const closed = closeOf(guest.client);
    assert.equal((await p.api(`/api/invites/${guest.jti}/revoke`, {}, nurse.cookie)).status, 200);
    assert.equal((await within(closed, 2_000, 'closed')).code, CloseCode.SessionEnded);
    await assert.rejects(SignallingClient.connect(p.wsUrl, guest.accessToken, WebSocket as never), /withdrawn/);
    const me = await fetch(`http://127.0.0.1:${app.port}/api/me`, {
      headers: { authorization: `Bearer ${guest.accessToken}` },
    });
    assert.equal(me.status, 401);
  });

  it('a guest’s token is refused once their consultation has ended', async () => {
    const p = people(app);
    const nurse = await p.staff('demo.nurse');
    const guest = await nurse.patient('Margaret Hill');
    const staff = await nurse.socket();
    const ended = new Promise((r) => guest.client.on('waiting.status', (s) => s.status === 'ended' && r(s)));
    await staff.request('consultation.end', { consultationId: guest.consultationId });
    await ended;
    await assert.rejects(
      guest.client.request('chat.send', { consultationId: guest.consultationId, body: 'hello?' }),
      (e: RequestError) => /consultation has ended/.test(e.message),
    );
    await assert.rejects(SignallingClient.connect(p.wsUrl, guest.accessToken, WebSocket as never), /ended/);
    staff.close();
  });
});
