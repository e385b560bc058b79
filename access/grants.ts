import type { Role } from '../identity/tokens';
import type { Action } from './actions';

// Actions that come as a set: whoever may do one of these may do them all.
const IN_CALL = ['consultation.join', 'consultation.read', 'chat.send', 'file.upload'] as const;
const ROOM = ['room.join', 'room.publish', 'room.subscribe'] as const;
const RUN_CALLS = ['queue.view', 'consultation.admit', 'invite.create', 'invite.revoke', 'file.read'] as const;
const CLINICAL_CONTROL = ['consultation.hold', 'consultation.transfer', 'consultation.end'] as const;
const REQUESTER = ['consultation.request', ...IN_CALL, 'file.read', ...ROOM, 'presence.set'] as const;

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
    'mdt.live.follow',
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
    'mdt.live.follow',
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
    'mdt.live.follow',
    'mdt.outcome.read',
    'mdt.outcome.write',
    'presence.set',
  ]),
  // Manages accounts and reads the audit trail; sees no clinical content.
  admin: new Set<Action>(['admin.users.manage', 'admin.services.manage', 'audit.read', 'presence.set']),
  // Care home and prison staff ask for calls for their residents and take part in them.
  care_home_staff: new Set<Action>([...REQUESTER, 'care_home.overview.read']),
  prison_staff: new Set<Action>([...REQUESTER, 'prison.today.read']),
  // A guest may open what is shared in their own consultation (a leaflet, a photo), nothing else; an
  // external clinician whose link is for an MDT meeting follows that meeting's panel, read-only.
  guest: new Set<Action>(['consultation.request', ...IN_CALL, 'file.read', ...ROOM, 'mdt.live.follow']),
};
