import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { startConvene, type RunningConvene } from '../server/app';
import { testConfig } from '../server/test-support/test-config';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';

/** A guest over the raw protocol, trying what only staff may do: each refused, nothing changed. */
describe('guests are refused staff actions over the protocol', () => {
  let app: RunningConvene;
  let staffCookie = '';
  let hubId = '';
  const url = () => `ws://127.0.0.1:${app.port}/ws`;

  async function api(path: string, body?: unknown, cookie = staffCookie) {
    const res = await fetch(`${app.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
      cookies: res.headers.getSetCookie(),
    };
  }

  async function guest(name: string): Promise<{ client: SignallingClient; consultationId: string }> {
    const invite = await api('/api/invites', { scope: { kind: 'service', id: hubId }, guestKind: 'patient' });
    assert.equal(invite.status, 201);
    const redeemed = await api('/api/invites/redeem', { token: invite.body.token, name });
    const client = await SignallingClient.connect(url(), String(redeemed.body.accessToken), WebSocket as never);
    const arrived = await client.request('waiting.enter', {
      displayName: name,
      precheck: { passed: true, summary: 'ok' },
    });
    return { client, consultationId: arrived.consultationId };
  }

  before(async () => {
    app = await startConvene(testConfig(), { web: false });
    const login = app.demoLogins.find((l) => l.username === 'demo.clinician')!;
    const signedIn = await api('/api/auth/login', { username: login.username, password: login.password }, '');
    staffCookie = signedIn.cookies.map((c) => c.split(';')[0]).join('; ');
    const mine = await api('/api/my-services');
    hubId = (mine.body.services as { id: string; name: string }[]).find((s) => s.name.includes('Hub'))!.id;
  });
  after(() => app.close());

  it('a guest cannot read the queue, admit itself or another, hold, transfer or end', async () => {
    const a = await guest('Guest A');
    const b = await guest('Guest B');
    const refusals: [string, () => Promise<unknown>][] = [
      ['queue.watch', () => a.client.request('queue.watch', { serviceId: hubId })],
      ['admit itself', () => a.client.request('consultation.admit', { consultationId: a.consultationId })],
      ['admit another', () => a.client.request('consultation.admit', { consultationId: b.consultationId })],
      ['hold', () => a.client.request('consultation.hold', { consultationId: b.consultationId })],
      [
        'transfer',
        () => a.client.request('consultation.transfer', { consultationId: a.consultationId, toServiceId: hubId }),
      ],
      ['end another', () => a.client.request('consultation.end', { consultationId: b.consultationId })],
      [
        'message another',
        () => a.client.request('waiting.sendMessage', { consultationId: b.consultationId, text: 'hi' }),
      ],
      [
        'chat in another consultation',
        () => a.client.request('chat.send', { consultationId: b.consultationId, body: 'hi' }),
      ],
      [
        'bring a colleague into its own consultation',
        () =>
          a.client.request('consultation.askColleague', {
            consultationId: a.consultationId,
            userId: crypto.randomUUID(),
          }),
      ],
      [
        'join its own call as staff would',
        () => a.client.request('consultation.join', { consultationId: a.consultationId }),
      ],
      [
        'join the call room before being admitted',
        () => a.client.request('room.join', { roomId: `consult-${a.consultationId}` }),
      ],
    ];
    for (const [what, attempt] of refusals) {
      await assert.rejects(attempt(), (e: RequestError) => e.code === 'forbidden', `${what} must be refused`);
    }
    // Nothing changed: both still wait in the queue the clinician sees.
    const staff = await SignallingClient.connect(
      url(),
      undefined,
      class extends WebSocket {
        constructor(u: string, p?: string | string[]) {
          super(u, p, { headers: { cookie: staffCookie } });
        }
      } as never,
    );
    const { entries } = await staff.request('queue.watch', { serviceId: hubId });
    assert.deepEqual(
      entries.filter((e) => [a.consultationId, b.consultationId].includes(e.consultationId)).map((e) => e.status),
      ['waiting', 'waiting'],
    );
    for (const c of [a.client, b.client, staff]) c.close();
  });
});
