import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { pathOf, type HttpRoute } from '../../contracts/http/route';
import { createOrganisation, createService } from '../../db/records/organisations';
import type { Database } from '../../db/schema';
import { createStaffUser } from '../../identity/staff-users';
import { TokenService } from '../../identity/tokens';
import { seedDemoData } from '../demo/demo-data';
import { apiServer } from './api-server';

const SEEDER = { id: 'test-seed', role: 'system' };
const PASSWORD = 'a-long-test-password-0123';

/**
 * The demo deployment behind the real HTTP API, with everyone an MDT test asks as signed in the
 * way their browser would be: the demo's staff, a nurse put on the lung MDT, a clinician of another
 * trust's MDT, and a patient who came by a link. Calls go by contract route, so paths are never spelt.
 */
export async function mdtApi(source: { readonly db: Kysely<Database> }) {
  const db = source.db;
  const logins = await seedDemoData(db);
  const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789');
  const { base, close } = await apiServer(db, tokens);

  type Options = {
    body?: unknown;
    as?: string;
    query?: Record<string, string>;
    type?: string;
    /** Path segments other than `:id` (a link's `:jti` is the id given). */
    params?: Record<string, string>;
  };
  async function raw(method: string, path: string, o: Options = {}) {
    const headers: Record<string, string> = o.as ? { authorization: `Bearer ${o.as}` } : {};
    if (o.body !== undefined) headers['content-type'] = o.type ?? 'application/json';
    const body =
      o.body === undefined
        ? undefined
        : Buffer.isBuffer(o.body)
          ? new Blob([new Uint8Array(o.body)])
          : JSON.stringify(o.body);
    const search = o.query ? `?${new URLSearchParams(o.query)}` : '';
    return fetch(`${base}${path}${search}`, { method, headers, body });
  }
  /** Calls a contract route; the answer's JSON (or {} for bytes) with its status. */
  async function call(route: HttpRoute, id: string | undefined, o: Options = {}) {
    const res = await raw(route.method, pathOf(route, { id, jti: id, ...o.params } as never), o);
    const json = res.headers.get('content-type')?.includes('json')
      ? ((await res.json()) as Record<string, unknown>)
      : {};
    return { status: res.status, body: json as Record<string, any>, res }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  async function signIn(username: string, password: string): Promise<string> {
    const res = await raw('POST', '/api/auth/login', { body: { username, password } });
    const body = (await res.json()) as { accessToken: string };
    assert.equal(res.status, 200, JSON.stringify(body));
    return body.accessToken;
  }
  const demo = (username: string) => signIn(username, logins.find((l) => l.username === username)!.password);
  const serviceId = async (kind: 'mdt' | 'on_demand_hub') =>
    (await db.selectFrom('services').select('id').where('kind', '=', kind).executeTakeFirstOrThrow()).id;
  const mdt = await serviceId('mdt');
  const hub = await serviceId('on_demand_hub');
  const trust = (
    await db.selectFrom('services').select('organisation_id').where('id', '=', mdt).executeTakeFirstOrThrow()
  ).organisation_id;
  const nurse = await createStaffUser(
    db,
    {
      organisationId: trust,
      username: 'mdt.nurse',
      displayName: 'Nia Nurse',
      role: 'nurse',
      password: PASSWORD,
      serviceIds: [mdt],
    },
    SEEDER,
  );
  const otherOrg = await createOrganisation(db, { name: 'Southfield Hospitals (test)', kind: 'trust' });
  const otherMdt = await createService(db, { organisationId: otherOrg.id, name: 'Southfield Lung MDT', kind: 'mdt' });
  await createStaffUser(
    db,
    {
      organisationId: otherOrg.id,
      username: 'south.clinician',
      displayName: 'Dr South',
      role: 'clinician',
      password: PASSWORD,
      serviceIds: [otherMdt.id],
    },
    SEEDER,
  );

  const clinician = await demo('demo.clinician');
  const invite = await raw('POST', '/api/invites', {
    as: clinician,
    body: { scope: { kind: 'service', id: hub }, guestKind: 'patient' },
  });
  const { token } = (await invite.json()) as { token: string };
  const redeemed = await raw('POST', '/api/invites/redeem', { body: { token, name: 'Pat Guest' } });
  const meeting = await db
    .selectFrom('mdt_meetings')
    .selectAll()
    .where('service_id', '=', mdt)
    .executeTakeFirstOrThrow();
  return {
    call,
    ids: { mdt, hub, meeting: meeting.id, otherMdt: otherMdt.id, nurse: nurse.id },
    meeting,
    as: {
      coordinator: await demo('demo.coordinator'),
      clinician,
      careHome: await demo('demo.carehome'),
      prison: await demo('demo.prison'),
      admin: await demo('demo.admin'),
      nurse: await signIn('mdt.nurse', PASSWORD),
      otherClinician: await signIn('south.clinician', PASSWORD),
      guest: ((await redeemed.json()) as { accessToken: string }).accessToken,
    },
    close,
  };
}

/** What the MDT route tests work with. */
export type MdtApi = Awaited<ReturnType<typeof mdtApi>>;
