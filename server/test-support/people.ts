import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { SignallingClient } from '../../contracts/client/signalling-client';
import type { RunningConvene } from '../app';

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
  cookies: string[];
}

/**
 * The people of a test, driven over the public HTTP API and protocol as their browsers would:
 * staff signed in with a demo login, guests arriving by invite link. Keeps each security test
 * about the attack, not the set-up.
 */
export function people(app: RunningConvene) {
  const base = `http://127.0.0.1:${app.port}`;
  const wsUrl = `ws://127.0.0.1:${app.port}/ws`;

  /** A GET, or a POST of `body` as JSON; `auth` is a cookie header, or headers of its own (a bearer token). */
  async function api(path: string, body?: unknown, auth: string | Record<string, string> = ''): Promise<ApiAnswer> {
    const headers = typeof auth === 'string' ? { cookie: auth } : auth;
    const res = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookies = res.headers.getSetCookie();
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown>, cookies };
  }

  /** A socket authenticated by cookies, as a signed-in browser tab's is. */
  const socketWithCookie = (cookie: string) =>
    SignallingClient.connect(
      wsUrl,
      undefined,
      class extends WebSocket {
        constructor(u: string, p?: string | string[]) {
          super(u, p, { headers: { cookie } });
        }
      } as never,
    );

  async function staff(username: string) {
    const login = app.demoLogins.find((l) => l.username === username)!;
    const signedIn = await api('/api/auth/login', { username, password: login.password });
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    const cookie = signedIn.cookies.map((c) => c.split(';')[0]).join('; ');
    const services = (await api('/api/my-services', undefined, cookie)).body.services as { id: string; name: string }[];
    // The demo's 24/7 hub: every demo nurse and clinician works its queue.
    const hub = services.find((s) => s.name.includes('Hub'))?.id ?? '';
    return {
      cookie,
      services,
      hub,
      accessToken: String(signedIn.body.accessToken),
      socket: () => socketWithCookie(cookie),
      /** A patient sent a link to the hub by this member of staff, arrived in its queue. */
      patient: (name: string) => guest(cookie, hub, name),
    };
  }

  /** A guest who opened a link to `serviceId`'s waiting area and arrived in its queue. */
  async function guest(staffCookie: string, serviceId: string, name: string) {
    const invite = await api(
      '/api/invites',
      { scope: { kind: 'service', id: serviceId }, guestKind: 'patient' },
      staffCookie,
    );
    assert.equal(invite.status, 201, JSON.stringify(invite.body));
    const redeemed = await api('/api/invites/redeem', { token: invite.body.token, name });
    const accessToken = String(redeemed.body.accessToken);
    const client = await SignallingClient.connect(wsUrl, accessToken, WebSocket as never);
    const arrived = await client.request('waiting.enter', {
      displayName: name,
      precheck: { passed: true, summary: 'ok' },
    });
    return { client, accessToken, jti: String(invite.body.jti), consultationId: arrived.consultationId };
  }

  return { api, staff, guest, wsUrl, socketWithCookie };
}

/** A signed-in member of staff, as `people(app).staff(username)` gives them. */
export type Staff = Awaited<ReturnType<ReturnType<typeof people>['staff']>>;
