import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import type { ConnectionStatus, ReconnectPolicy } from '../contracts/client/reconnect';
import { SignallingClient } from '../contracts/client/signalling-client';
import { startConvene } from './app';
import { lungMdt } from './test-support/mdt-panel';
import { people } from './test-support/people';
import { testConfig } from './test-support/test-config';

const QUICK: ReconnectPolicy = { firstDelayMs: 50, maxDelayMs: 400, maxAttempts: 200 };

const withCookie = (cookie: string) =>
  class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  } as never;

const statusesOf = (client: SignallingClient) => {
  const seen: ConnectionStatus[] = [];
  client.onStatus((s) => seen.push(s));
  return seen;
};
const until = async (what: string, ok: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 25)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
};

/** A staff page's socket outlives the server it was talking to, and stops at a sign-out. */
describe('a reconnecting staff socket', () => {
  it('opens again by itself when the server restarts, and what it re-follows is told of moves again', async () => {
    const config = testConfig();
    const first = await startConvene(config, { web: false });
    const staff = await people(first).staff('demo.coordinator');
    const { meetingId, cases } = await lungMdt(first);
    const client = await SignallingClient.connect(
      `ws://127.0.0.1:${first.port}/ws`,
      undefined,
      withCookie(staff.cookie),
      QUICK,
    );
    const statuses = statusesOf(client);
    const moves: (string | null)[] = [];
    client.on('mdt.live', (s) => moves.push(s.currentCaseId));
    let follows = 0;
    client.onReconnect(() => void client.request('mdt.follow', { meetingId }).then(() => follows++));
    await client.request('mdt.follow', { meetingId });
    await first.close();
    await until('reconnecting', () => statuses.includes('reconnecting'));
    await assert.rejects(client.request('mdt.follow', { meetingId }), { code: 'disconnected' });

    const second = await startConvene({ ...config, port: first.port }, { web: false });
    try {
      await until('the re-follow', () => follows === 1);
      assert.deepEqual(statuses, ['reconnecting', 'connected']);
      // Moved on the restarted server, by a second connection: the reconnected socket hears it.
      const mover = await people(second).staff('demo.coordinator');
      await (await mover.socket()).request('mdt.goToCase', { meetingId, caseId: cases[1]! });
      await until('the move', () => moves.includes(cases[1]!));
      client.close();
      assert.equal(client.status, 'closed');
    } finally {
      await second.close();
    }
  });

  it('does not knock again after the sign-in behind it ends', async () => {
    const app = await startConvene(testConfig(), { web: false });
    try {
      const p = people(app);
      const nurse = await p.staff('demo.nurse');
      const client = await SignallingClient.connect(
        `ws://127.0.0.1:${app.port}/ws`,
        undefined,
        withCookie(nurse.cookie),
        QUICK,
      );
      const statuses = statusesOf(client);
      assert.equal((await p.api('/api/auth/logout', {}, nurse.cookie)).status, 200);
      await until('closed', () => client.status === 'closed');
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(statuses, ['closed'], 'never "reconnecting": a signed-out page has nothing to come back to');
    } finally {
      await app.close();
    }
  });
});
