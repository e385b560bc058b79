import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { SignallingClient } from '../contracts/client/signalling-client';
import { startConvene, type RunningConvene } from './app';
import { testConfig } from './test-support/test-config';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function signIn(app: RunningConvene, username: string): Promise<string> {
  const { password } = app.demoLogins.find((l) => l.username === username)!;
  const res = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  assert.equal(res.status, 200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A WebSocket that sends a browser's cookie, as the web app's socket does. */
const withCookie = (cookie: string) =>
  class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  } as never;

describe('the consultation record after a restart', () => {
  it('keeps the chat and the shared picture: both are in the record, and the picture downloads unchanged', async () => {
    const config = testConfig();
    const first = await startConvene(config, { web: false });
    let consultationId = '';
    try {
      const cookie = await signIn(first, 'demo.nurse');
      const json = { 'content-type': 'application/json', cookie };
      const services = (await (await fetch(`${first.url}/api/my-services`, { headers: { cookie } })).json()) as {
        services: { id: string; name: string }[];
      };
      const hub = services.services.find((s) => s.name.includes('Hub'))!.id;
      const invite = (await (
        await fetch(`${first.url}/api/invites`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ scope: { kind: 'service', id: hub }, guestKind: 'patient' }),
        })
      ).json()) as { token: string };
      const redeemed = (await (
        await fetch(`${first.url}/api/invites/redeem`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: invite.token, name: 'Arthur Pike' }),
        })
      ).json()) as { accessToken: string };

      const ws = `ws://127.0.0.1:${first.port}/ws`;
      const guest = await SignallingClient.connect(ws, redeemed.accessToken, WebSocket as never);
      const staff = await SignallingClient.connect(ws, undefined, withCookie(cookie));
      consultationId = (
        await guest.request('waiting.enter', {
          displayName: 'Arthur Pike',
          precheck: { passed: true, summary: 'all working' },
        })
      ).consultationId;
      await staff.request('consultation.admit', { consultationId });
      const heard = new Promise((r) => guest.on('chat.message', r));
      await staff.request('chat.send', { consultationId, body: 'Please hold the camera nearer the wound' });
      assert.equal(((await heard) as { body: string }).body, 'Please hold the camera nearer the wound');
      const upload = await fetch(`${first.url}/api/consultations/${consultationId}/files?filename=wound.png`, {
        method: 'POST',
        headers: { authorization: `Bearer ${redeemed.accessToken}`, 'content-type': 'application/octet-stream' },
        body: PNG,
      });
      assert.equal(upload.status, 201, await upload.clone().text());
      guest.close();
      staff.close();
    } finally {
      await first.close();
    }

    const second = await startConvene(config, { web: false });
    try {
      const cookie = await signIn(second, 'demo.nurse');
      const record = (await (
        await fetch(`${second.url}/api/consultations/${consultationId}/record`, { headers: { cookie } })
      ).json()) as {
        chat: { body: string; from: string }[];
        files: { fileId: string; filename: string; contentType: string }[];
      };
      assert.deepEqual(
        record.chat.map((m) => m.body),
        ['Please hold the camera nearer the wound'],
      );
      assert.deepEqual(
        record.files.map((f) => [f.filename, f.contentType]),
        [['wound.png', 'image/png']],
      );
      const file = await fetch(`${second.url}/api/files/${record.files[0]!.fileId}`, { headers: { cookie } });
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-disposition') ?? '', /^attachment/);
      assert.ok(Buffer.from(await file.arrayBuffer()).equals(PNG));
    } finally {
      await second.close();
    }
  });
});
