import type { Kysely } from 'kysely';
import type { Database, GuestKind, InviteScope } from '../../../db/schema';
import { seedDemoData } from '../../../server/demo/demo-data';
import { identityFromClaims } from '../../../access/authorize';
import { issueInvite, redeemInvite, revokeInvite } from '../../../identity/invites';
import { TokenService } from '../../../identity/tokens';
import { serviceIdsOf } from '../../../db/records/organisations';
import type { Actor } from '../types';

/** A pre-call check that passed, for guests who arrive in a test. */
export const PRECHECK = { passed: true, summary: 'camera, microphone, speaker and connection OK' };

/**
 * The demo deployment, with its staff as actors and guests made the real way: an invite issued,
 * redeemed for an access token, and the token's identity read back as `may` will see it.
 */
export interface World {
  hub: string;
  clinic: string;
  mdt: string;
  clinician: Actor;
  nurse: Actor;
  coordinator: Actor;
  careHome: Actor;
  admin: Actor;
  tokens: TokenService;
  guest(scope: { kind: InviteScope; id: string }, kind: GuestKind, name: string): Promise<Actor & { jti: string }>;
  revoke(jti: string): Promise<void>;
  /** The demo's consultation for the patient of that given name, and their NHS number. */
  consultationFor(givenName: string): Promise<{ id: string; nhsNumber: string }>;
}

/**
 * `source.db` is read at each use, so the world outlives closing and reopening a test database.
 * `now` is the clock invites are redeemed by (the demo clinic takes arrivals in its opening hours).
 */
export async function demoWorld(source: { readonly db: Kysely<Database> }, now?: () => Date): Promise<World> {
  const db = source.db;
  await seedDemoData(db);
  const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789', now);
  const service = async (kind: 'on_demand_hub' | 'scheduled_clinic' | 'mdt') =>
    (await db.selectFrom('services').select('id').where('kind', '=', kind).executeTakeFirstOrThrow()).id;
  const staff = async (username: string): Promise<Actor> => {
    const u = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
    const serviceIds = await serviceIdsOf(db, u.id);
    return {
      identity: { id: u.id, role: u.role, organisationId: u.organisation_id, serviceIds },
      name: u.display_name,
      ip: '192.0.2.10',
    };
  };
  const clinician = await staff('demo.clinician');
  const deps = {
    get db() {
      return source.db;
    },
    tokens,
    now,
  };
  return {
    hub: await service('on_demand_hub'),
    clinic: await service('scheduled_clinic'),
    mdt: await service('mdt'),
    clinician,
    nurse: await staff('demo.nurse'),
    coordinator: await staff('demo.coordinator'),
    careHome: await staff('demo.carehome'),
    admin: await staff('demo.admin'),
    tokens,
    async guest(scope, kind, name) {
      const invite = await issueInvite(
        deps,
        { scope, guestKind: kind },
        { id: clinician.identity.id, role: 'clinician' },
      );
      const access = await redeemInvite(deps, invite.token, name);
      const claims = tokens.verifyAccess(access.accessToken);
      return { identity: identityFromClaims(claims), name: claims.name, ip: '198.51.100.7', jti: invite.jti };
    },
    revoke: (jti) => revokeInvite(deps, jti, { id: clinician.identity.id, role: 'clinician' }),
    async consultationFor(givenName) {
      const c = await source.db
        .selectFrom('consultations as c')
        .innerJoin('patients as p', 'p.id', 'c.patient_id')
        .select(['c.id', 'p.nhs_number'])
        .where('p.given_name', '=', givenName)
        .executeTakeFirstOrThrow();
      if (!c.nhs_number) throw new Error(`the demo's ${givenName} has no NHS number`);
      return { id: c.id, nhsNumber: c.nhs_number };
    },
  };
}

/** Every event the domain emits, in order, for asserting what the layers above were told. */
export function recordEvents(emitter: { on(event: string, listener: (payload: unknown) => void): unknown }) {
  const seen: { event: string; payload: Record<string, unknown> }[] = [];
  for (const event of ['queueChanged', 'statusChanged', 'waitingMessage', 'chatMessage', 'fileShared']) {
    emitter.on(event, (payload) => seen.push({ event, payload: payload as Record<string, unknown> }));
  }
  return seen;
}
