import type { OrganisationResource, SystemResource } from './rules/admin';
import type { ConsultationResource } from './rules/consultation';
import type { MdtResource } from './rules/mdt';
import type { RoomResource } from './rules/room';
import type { ServiceResource } from './rules/service';
import type { UserResource } from './rules/user';

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
  // Also on an MDT meeting: a link for an external clinician (the domain allows only its coordinator or chair).
  'invite.create': ['consultation', 'service', 'mdt'],
  'invite.revoke': ['consultation', 'service', 'mdt'],
  // Also on the MDT's service itself: its set-up (team type, core roles, usual chair) and its meetings list.
  'mdt.meeting.manage': ['mdt', 'service'],
  'mdt.case.read': ['mdt', 'service'],
  // Following a meeting as it runs: the case on screen and who is in the call, not the list or outcomes.
  'mdt.live.follow': ['mdt'],
  'mdt.outcome.read': ['mdt'],
  'mdt.outcome.write': ['mdt'],
  'mdt.outcome.signoff': ['mdt'],
  'presence.set': ['user'],
  'admin.users.manage': ['organisation'],
  'admin.services.manage': ['organisation'],
  'audit.read': ['system'],
  // Judged by role, like administration: the domain compares the organisation with the caller's own.
  'care_home.overview.read': ['organisation'],
  'prison.today.read': ['organisation'],
} as const satisfies Record<string, readonly (keyof ResourceKinds)[]>;

/** An action `may` knows; a misspelt one does not compile. */
export type Action = keyof typeof ACTION_KINDS;
/** The resources an action may be asked about, so `may('room.join', aService)` does not compile. */
export type ResourceFor<A extends Action> = ResourceKinds[(typeof ACTION_KINDS)[A][number]];
/** Every action, for tests that go through each role and action. */
export const ACTIONS = Object.keys(ACTION_KINDS) as Action[];
