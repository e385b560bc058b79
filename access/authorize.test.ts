import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTIONS,
  identityFromClaims,
  may,
  type Action,
  type ConsultationResource,
  type Identity,
  type ResourceFor,
} from './authorize';
import { ROLES, TokenService, type Role } from '../identity/tokens';

/**
 * The policy, written out independently of authorize.ts: what each role may do on resources that
 * are its own (its services, its organisation's calls, the consultation its link is for).
 */
const ALLOWED: Record<Role, Action[]> = {
  clinician: [
    'queue.view',
    'consultation.request',
    'consultation.admit',
    'consultation.join',
    'consultation.read',
    'consultation.hold',
    'consultation.transfer',
    'consultation.end',
    'chat.send',
    'file.upload',
    'file.read',
    'room.join',
    'room.publish',
    'room.subscribe',
    'invite.create',
    'invite.revoke',
    'mdt.meeting.manage',
    'mdt.case.read',
    'mdt.live.follow',
    'mdt.outcome.read',
    'mdt.outcome.write',
    'mdt.outcome.signoff',
    'presence.set',
  ],
  nurse: [
    'queue.view',
    'consultation.request',
    'consultation.admit',
    'consultation.join',
    'consultation.read',
    'consultation.hold',
    'consultation.transfer',
    'consultation.end',
    'chat.send',
    'file.upload',
    'file.read',
    'room.join',
    'room.publish',
    'room.subscribe',
    'invite.create',
    'invite.revoke',
    'mdt.case.read',
    'mdt.live.follow',
    'mdt.outcome.read',
    'presence.set',
  ],
  coordinator: [
    'queue.view',
    'consultation.admit',
    'consultation.join',
    'consultation.read',
    'chat.send',
    'file.upload',
    'file.read',
    'room.join',
    'room.publish',
    'room.subscribe',
    'invite.create',
    'invite.revoke',
    'mdt.meeting.manage',
    'mdt.case.read',
    'mdt.live.follow',
    'mdt.outcome.read',
    'mdt.outcome.write',
    'presence.set',
  ],
  admin: ['admin.users.manage', 'admin.services.manage', 'audit.read', 'presence.set'],
  care_home_staff: [
    'consultation.request',
    'consultation.join',
    'consultation.read',
    'chat.send',
    'file.upload',
    'file.read',
    'room.join',
    'room.publish',
    'room.subscribe',
    'presence.set',
    'care_home.overview.read',
  ],
  prison_staff: [
    'consultation.request',
    'consultation.join',
    'consultation.read',
    'chat.send',
    'file.upload',
    'file.read',
    'room.join',
    'room.publish',
    'room.subscribe',
    'presence.set',
    'prison.today.read',
  ],
  guest: [
    'consultation.request',
    'consultation.join',
    'consultation.read',
    'chat.send',
    'file.upload',
    'file.read',
    'room.join',
    'room.publish',
    'room.subscribe',
    'mdt.live.follow',
  ],
};

/** Actions that act on a service rather than a consultation, case or room. */
const ON_SERVICE = new Set<Action>(['queue.view', 'consultation.request']);

function consultation(id: string, serviceId: string, org: string): ConsultationResource {
  return { type: 'consultation', id, serviceId, requesterOrganisationId: org };
}

/** A resource for `action`: the identity's own (`home`) or someone else's (`foreign`). */
function resourceFor(action: Action, side: 'home' | 'foreign', me: string): ResourceFor<Action> {
  const [svc, c, org, user] =
    side === 'home' ? ['svc-1', 'c-1', 'org-1', me] : ['svc-2', 'c-2', 'org-2', 'someone-else'];
  if (ON_SERVICE.has(action)) return { type: 'service', id: svc, kind: 'on_demand_hub' };
  if (action.startsWith('room.')) return { type: 'room', id: c, of: consultation(c, svc, org) };
  if (action === 'mdt.live.follow') return { type: 'mdt_meeting', id: `meeting-${svc}`, serviceId: svc };
  if (action.startsWith('mdt.')) return { type: 'mdt_case', id: `case-${svc}`, serviceId: svc };
  if (action === 'presence.set') return { type: 'user', id: user };
  if (action.startsWith('admin.') || action === 'care_home.overview.read' || action === 'prison.today.read')
    return { type: 'organisation', id: org };
  if (action === 'audit.read') return { type: 'system' };
  return consultation(c, svc, org);
}

function identity(role: Role, action: Action): Identity {
  const scope = ON_SERVICE.has(action)
    ? { kind: 'service' as const, id: 'svc-1' }
    : action === 'mdt.live.follow'
      ? { kind: 'mdt_meeting' as const, id: 'meeting-svc-1' }
      : { kind: 'consultation' as const, id: 'c-1' };
  if (role === 'guest') return { id: 'guest-1', role, scope };
  return { id: `${role}-1`, role, organisationId: 'org-1', serviceIds: ['svc-1'] };
}

const check = (id: Identity, action: Action, resource: ResourceFor<Action>) => may(id, action, resource as never);

describe('authorisation: every role against every action', () => {
  it('has a policy row for every role and only known actions in it', () => {
    assert.deepEqual(Object.keys(ALLOWED).sort(), [...ROLES].sort());
    for (const actions of Object.values(ALLOWED)) for (const a of actions) assert.ok(ACTIONS.includes(a), a);
  });

  let refusedByRole = 0;
  for (const role of ROLES) {
    it(`${role}: allowed exactly its actions on its own resources, every other action refused with a reason`, () => {
      for (const action of ACTIONS) {
        const me = identity(role, action);
        const decision = check(me, action, resourceFor(action, 'home', me.id));
        const expected = ALLOWED[role].includes(action);
        assert.equal(decision.allowed, expected, `${role} ${action}: ${JSON.stringify(decision)}`);
        if (!decision.allowed) {
          assert.match(decision.reason, new RegExp(`${role} role may not ${action.replace('.', '\\.')}`));
          refusedByRole += 1;
        }
      }
    });
  }

  // Only these are not tied to a particular service, call, case or person.
  // The organisation pages are judged by role too: domain/organisation-views compares the organisation.
  const UNSCOPED = new Set<Action>([
    'admin.users.manage',
    'admin.services.manage',
    'audit.read',
    'care_home.overview.read',
    'prison.today.read',
  ]);
  let refusedForeign = 0;
  for (const role of ROLES) {
    it(`${role}: refused each allowed action on resources that are not its own`, () => {
      for (const action of ALLOWED[role]) {
        const me = identity(role, action);
        const decision = check(me, action, resourceFor(action, 'foreign', me.id));
        const open = UNSCOPED.has(action) || (action === 'consultation.request' && role !== 'guest');
        assert.equal(decision.allowed, open, `${role} ${action} on a foreign resource: ${JSON.stringify(decision)}`);
        if (!decision.allowed) refusedForeign += 1;
      }
    });
  }

  it('counts the refusals tested', (t) => {
    const total = ROLES.length * ACTIONS.length;
    const allowed = Object.values(ALLOWED).reduce((n, a) => n + a.length, 0);
    assert.equal(refusedByRole, total - allowed);
    t.diagnostic(
      `${ROLES.length} roles × ${ACTIONS.length} actions = ${total} pairs: ${allowed} allowed, ${refusedByRole} refused by role`,
    );
    t.diagnostic(`${refusedForeign} allowed pairs refused again on a resource that is not the identity's own`);
    console.log(
      `authorisation matrix: ${refusedByRole} role×action refusals + ${refusedForeign} foreign-resource refusals`,
    );
    assert.ok(refusedForeign > 0);
  });
});

describe('authorisation: the cases the issue names', () => {
  const patient: Identity = {
    id: 'guest-p',
    role: 'guest',
    scope: { kind: 'consultation', id: 'c-1' },
  };
  const careHome: Identity = { id: 'ch-1', role: 'care_home_staff', organisationId: 'home-A' };

  it('a patient cannot see a queue, admit, or read another consultation', () => {
    assert.equal(may(patient, 'queue.view', { type: 'service', id: 'svc-1', kind: 'scheduled_clinic' }).allowed, false);
    assert.equal(may(patient, 'consultation.admit', consultation('c-1', 'svc-1', 'x')).allowed, false);
    assert.deepEqual(may(patient, 'consultation.read', consultation('c-2', 'svc-1', 'x')), {
      allowed: false,
      reason: 'your link is not for this consultation',
    });
    assert.equal(may(patient, 'consultation.read', consultation('c-1', 'svc-1', 'x')).allowed, true);
  });

  it('a guest joins only the room of the consultation its invite names', () => {
    const room = (id: string) => ({ type: 'room' as const, id: `consult-${id}`, of: consultation(id, 'svc-1', 'x') });
    assert.equal(may(patient, 'room.join', room('c-1')).allowed, true);
    assert.equal(may(patient, 'room.join', room('c-2')).allowed, false);
    assert.equal(may(patient, 'room.join', { type: 'room', id: 'consult-c-1' }).allowed, false, 'not by its name');
  });

  it('an external clinician follows and joins only the call of the one MDT meeting their link is for', () => {
    const external: Identity = { id: 'guest-x', role: 'guest', scope: { kind: 'mdt_meeting', id: 'm-1' } };
    const meeting = (id: string) => ({ type: 'mdt_meeting' as const, id, serviceId: 'mdt' });
    const room = (id: string) => ({ type: 'room' as const, id: `mdt-${id}`, of: meeting(id) });
    assert.equal(may(external, 'mdt.live.follow', meeting('m-1')).allowed, true);
    assert.deepEqual(may(external, 'mdt.live.follow', meeting('m-2')), {
      allowed: false,
      reason: 'your link is not for this MDT meeting',
    });
    assert.equal(may(external, 'room.join', room('m-1')).allowed, true);
    assert.equal(may(external, 'room.join', room('m-2')).allowed, false);
    assert.equal(may(external, 'room.join', { type: 'room', id: 'mdt-m-1' }).allowed, false, 'not by its name');
    // A case of their meeting by its id is not theirs either: `may` cannot see which meeting it is on.
    const aCase = { type: 'mdt_case' as const, id: 'k', serviceId: 'mdt' };
    assert.equal(
      may({ ...external, scope: { kind: 'mdt_meeting', id: 'k' } }, 'mdt.live.follow', aCase).allowed,
      false,
    );
    for (const action of ['mdt.case.read', 'mdt.outcome.read', 'mdt.outcome.write', 'mdt.outcome.signoff'] as const)
      assert.equal(may(external, action, meeting('m-1')).allowed, false, action);
    assert.equal(may(external, 'consultation.join', consultation('m-1', 'mdt', 'x')).allowed, false);
    assert.equal(may(external, 'queue.view', { type: 'service', id: 'mdt', kind: 'mdt' }).allowed, false);
  });

  it('a room named in a token counts only for a practice room that is the media of nothing', () => {
    const eve: Identity = { id: 'dev-eve', role: 'clinician', rooms: ['dev-practice', 'consult-c-1'] };
    assert.equal(may(eve, 'room.join', { type: 'room', id: 'dev-practice' }).allowed, true);
    assert.equal(may(eve, 'room.join', { type: 'room', id: 'consult-c-1' }).allowed, false);
    const of = consultation('c-1', 'svc-1', 'x');
    assert.equal(may(eve, 'room.join', { type: 'room', id: 'consult-c-1', of }).allowed, false);
    assert.equal(may(eve, 'room.join', { type: 'room', id: 'dev-practice', of }).allowed, false);
  });

  it('care-home staff cannot read MDT outcomes, and see only calls their home started or joined', () => {
    assert.equal(may(careHome, 'mdt.outcome.read', { type: 'mdt_case', id: 'k', serviceId: 'svc-1' }).allowed, false);
    assert.equal(may(careHome, 'consultation.read', consultation('c-1', 'hub', 'home-A')).allowed, true);
    assert.equal(may(careHome, 'consultation.read', consultation('c-2', 'hub', 'home-B')).allowed, false);
    const invited = { ...consultation('c-3', 'hub', 'home-B'), participantUserIds: ['ch-1'] };
    assert.equal(may(careHome, 'consultation.join', invited).allowed, true);
    assert.equal(
      may(careHome, 'consultation.request', { type: 'service', id: 'clinic', kind: 'scheduled_clinic' }).allowed,
      false,
    );
  });

  it('admins see no clinical content; coordinators scribe but do not sign off', () => {
    const admin: Identity = { id: 'a', role: 'admin', serviceIds: ['svc-1'] };
    assert.equal(may(admin, 'consultation.read', consultation('c-1', 'svc-1', 'x')).allowed, false);
    const coordinator: Identity = { id: 'co', role: 'coordinator', serviceIds: ['mdt'] };
    assert.equal(may(coordinator, 'mdt.outcome.write', { type: 'mdt_case', id: 'k', serviceId: 'mdt' }).allowed, true);
    assert.equal(
      may(coordinator, 'mdt.outcome.signoff', { type: 'mdt_case', id: 'k', serviceId: 'mdt' }).allowed,
      false,
    );
  });

  it('reads the identity straight from a verified access token', () => {
    const tokens = new TokenService('a-test-secret-that-is-long-enough-0123456789');
    const claims = tokens.verifyAccess(
      tokens.issueAccess({ sub: 'n-1', role: 'nurse', name: 'N', org: 'o', services: ['svc-1'] }),
    );
    const nurse = identityFromClaims(claims);
    assert.equal(may(nurse, 'queue.view', { type: 'service', id: 'svc-1', kind: 'on_demand_hub' }).allowed, true);
    assert.equal(may(nurse, 'queue.view', { type: 'service', id: 'svc-9', kind: 'on_demand_hub' }).allowed, false);
  });
});
