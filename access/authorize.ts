import type { InviteScope, ServiceKind } from '../db/schema';
import { DEV_ROOM_PREFIX } from '../contracts/protocol/rooms';
import type { AccessClaims, Role } from '../identity/tokens';

/**
 * The one answer to "may this identity do this action on this resource". Plain data in, a
 * decision out: HTTP routes and every signalling request load the resource and ask here, so the
 * rules live in one place and can be tested exhaustively without a database or a socket.
 */

export interface Identity {
  id: string;
  role: Role;
  organisationId?: string | undefined;
  /** Services the staff member belongs to (their queues, clinics and MDTs). */
  serviceIds?: readonly string[] | undefined;
  /** A guest's invite: the one consultation or service the link was for. */
  scope?: { kind: InviteScope; id: string } | undefined;
  /** Practice rooms (`dev-…`) granted by name in a development token; never a consultation's or an MDT's. */
  rooms?: readonly string[] | undefined;
}

export interface ServiceResource {
  type: 'service';
  id: string;
  kind: ServiceKind;
}
export interface ConsultationResource {
  type: 'consultation';
  id: string;
  serviceId: string;
  /** The care home or prison that asked for the call, when one did. */
  requesterOrganisationId?: string | null | undefined;
  participantUserIds?: readonly string[] | undefined;
}
export interface MdtResource {
  type: 'mdt_meeting' | 'mdt_case';
  id: string;
  serviceId: string;
}
export interface RoomResource {
  type: 'room';
  id: string;
  /** What the room is the media for, when known; rights over it carry over to the room. */
  of?: ConsultationResource | MdtResource | undefined;
}
export interface OrganisationResource {
  type: 'organisation';
  id: string;
}
export interface UserResource {
  type: 'user';
  id: string;
}
export interface SystemResource {
  type: 'system';
}

/** The resources `may` judges, by kind. */
interface ResourceKinds {
  service: ServiceResource;
  consultation: ConsultationResource;
  room: RoomResource;
  mdt: MdtResource;
  user: UserResource;
  organisation: OrganisationResource;
  system: SystemResource;
}

/** Each action, once, with the kinds of resource it acts on. */
const ACTION_KINDS = {
  'queue.view': ['service'],
  'consultation.request': ['service'],
  'consultation.admit': ['consultation'],
  'consultation.join': ['consultation'],
  'consultation.read': ['consultation'],
  'consultation.hold': ['consultation'],
  'consultation.transfer': ['consultation'],
  'consultation.end': ['consultation'],
  'chat.send': ['consultation'],
  'file.upload': ['consultation'],
  'file.read': ['consultation'],
  'room.join': ['room'],
  'room.publish': ['room'],
  'room.subscribe': ['room'],
  'invite.create': ['consultation', 'service'],
  'invite.revoke': ['consultation', 'service'],
  'mdt.meeting.manage': ['mdt'],
  'mdt.case.read': ['mdt'],
  'mdt.outcome.read': ['mdt'],
  'mdt.outcome.write': ['mdt'],
  'mdt.outcome.signoff': ['mdt'],
  'presence.set': ['user'],
  'admin.users.manage': ['organisation'],
  'admin.services.manage': ['organisation'],
  'audit.read': ['system'],
} as const satisfies Record<string, readonly (keyof ResourceKinds)[]>;

export type Action = keyof typeof ACTION_KINDS;
export type ResourceFor<A extends Action> = ResourceKinds[(typeof ACTION_KINDS)[A][number]];
/** Every action, for tests that go through each role and action. */
export const ACTIONS = Object.keys(ACTION_KINDS) as Action[];

const IN_CALL = ['consultation.join', 'consultation.read', 'chat.send', 'file.upload'] as const;
const ROOM = ['room.join', 'room.publish', 'room.subscribe'] as const;
const RUN_CALLS = ['queue.view', 'consultation.admit', 'invite.create', 'invite.revoke', 'file.read'] as const;
const CLINICAL_CONTROL = ['consultation.hold', 'consultation.transfer', 'consultation.end'] as const;

/** What each role may do at all; `may` then checks the resource is one of theirs. */
export const ROLE_GRANTS: Readonly<Record<Role, ReadonlySet<Action>>> = {
  clinician: new Set<Action>([
    ...RUN_CALLS,
    ...IN_CALL,
    ...ROOM,
    ...CLINICAL_CONTROL,
    'consultation.request',
    'mdt.meeting.manage',
    'mdt.case.read',
    'mdt.outcome.read',
    'mdt.outcome.write',
    'mdt.outcome.signoff',
    'presence.set',
  ]),
  nurse: new Set<Action>([
    ...RUN_CALLS,
    ...IN_CALL,
    ...ROOM,
    ...CLINICAL_CONTROL,
    'consultation.request',
    'mdt.case.read',
    'mdt.outcome.read',
    'presence.set',
  ]),
  // Runs clinics and MDT lists and scribes outcomes; clinical decisions and sign-off are not theirs.
  coordinator: new Set<Action>([
    ...RUN_CALLS,
    ...IN_CALL,
    ...ROOM,
    'mdt.meeting.manage',
    'mdt.case.read',
    'mdt.outcome.read',
    'mdt.outcome.write',
    'presence.set',
  ]),
  // Manages accounts and reads the audit trail; sees no clinical content.
  admin: new Set<Action>(['admin.users.manage', 'admin.services.manage', 'audit.read', 'presence.set']),
  care_home_staff: new Set<Action>(['consultation.request', ...IN_CALL, 'file.read', ...ROOM, 'presence.set']),
  prison_staff: new Set<Action>(['consultation.request', ...IN_CALL, 'file.read', ...ROOM, 'presence.set']),
  // A guest may open what is shared in their own consultation (a leaflet, a photo), nothing else.
  guest: new Set<Action>(['consultation.request', ...IN_CALL, 'file.read', ...ROOM]),
};

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const SERVICE_STAFF = new Set<Role>(['clinician', 'nurse', 'coordinator']);
const REQUESTING_STAFF = new Set<Role>(['care_home_staff', 'prison_staff']);

function memberOf(identity: Identity, serviceId: string): Decision {
  return identity.serviceIds?.includes(serviceId) ? ALLOW : deny(`you are not a member of service ${serviceId}`);
}

function onService(identity: Identity, action: Action, service: ServiceResource): Decision {
  if (identity.role === 'guest') {
    const scope = identity.scope;
    return scope?.kind === 'service' && scope.id === service.id ? ALLOW : deny('your link is not for this service');
  }
  if (action === 'consultation.request') {
    if (REQUESTING_STAFF.has(identity.role)) {
      return service.kind === 'on_demand_hub' ? ALLOW : deny('calls can be started only to an on-demand hub');
    }
    return ALLOW;
  }
  return memberOf(identity, service.id);
}

function onConsultation(identity: Identity, c: ConsultationResource): Decision {
  if (identity.role === 'guest') {
    const scope = identity.scope;
    return scope?.kind === 'consultation' && scope.id === c.id ? ALLOW : deny('your link is not for this consultation');
  }
  if (SERVICE_STAFF.has(identity.role)) return memberOf(identity, c.serviceId);
  if (c.participantUserIds?.includes(identity.id)) return ALLOW;
  if (identity.organisationId && c.requesterOrganisationId === identity.organisationId) return ALLOW;
  return deny('this consultation was not requested by your organisation');
}

function onRoom(identity: Identity, room: RoomResource): Decision {
  // A room named in a token is trusted only for a practice room that is the media of nothing.
  if (!room.of && room.id.startsWith(DEV_ROOM_PREFIX) && identity.rooms?.includes(room.id)) return ALLOW;
  if (room.of?.type === 'consultation') return onConsultation(identity, room.of);
  if (room.of && SERVICE_STAFF.has(identity.role)) return memberOf(identity, room.of.serviceId);
  return deny(`this sign-in does not give access to room ${room.id}`);
}

function onResource(identity: Identity, action: Action, resource: ResourceFor<Action>): Decision {
  switch (resource.type) {
    case 'service':
      return onService(identity, action, resource);
    case 'consultation':
      return onConsultation(identity, resource);
    case 'room':
      return onRoom(identity, resource);
    case 'mdt_meeting':
    case 'mdt_case':
      return memberOf(identity, resource.serviceId);
    case 'user':
      return resource.id === identity.id ? ALLOW : deny('you may change only your own presence');
    case 'organisation':
    case 'system':
      return ALLOW;
  }
}

export function may<A extends Action>(identity: Identity, action: A, resource: ResourceFor<A>): Decision {
  if (!ROLE_GRANTS[identity.role].has(action)) return deny(`the ${identity.role} role may not ${action}`);
  return onResource(identity, action, resource);
}

/** The identity an access token carries, in the shape `may` reads. */
export function identityFromClaims(claims: AccessClaims): Identity {
  return {
    id: claims.sub,
    role: claims.role,
    organisationId: claims.org,
    serviceIds: claims.services,
    scope: claims.scope,
    rooms: claims.rooms,
  };
}
