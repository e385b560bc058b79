/**
 * The words Convene's records, protocol and pages share: kinds of organisation and service, roles,
 * statuses, guests, opening hours. Defined once here, below everything (the browser imports it too),
 * so the database, the policy and the protocol cannot drift apart.
 */

export const ORGANISATION_KINDS = ['trust', 'hub', 'care_home', 'prison', 'gp_practice'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SERVICE_KINDS = ['on_demand_hub', 'scheduled_clinic', 'mdt'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const STAFF_ROLES = ['clinician', 'nurse', 'coordinator', 'admin', 'care_home_staff', 'prison_staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PRESENCES = ['offline', 'available', 'busy', 'away'] as const;
export type Presence = (typeof PRESENCES)[number];

export const CONSULTATION_STATUSES = ['waiting', 'in_progress', 'on_hold', 'transferred', 'ended'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const GUEST_KINDS = ['patient', 'relative', 'carer', 'interpreter', 'professional'] as const;
export type GuestKind = (typeof GUEST_KINDS)[number];

export const CONSULTATION_EVENT_KINDS = [
  'arrived',
  'admitted',
  'held',
  'transferred',
  'ended',
  'message_to_waiting',
  'participant_added',
  'participant_left',
  'file_shared',
  'notes_updated',
  'priority_changed',
] as const;
export type ConsultationEventKind = (typeof CONSULTATION_EVENT_KINDS)[number];

/** A guest's pre-call check as they reported it: camera, microphone, speaker and connection. */
export interface Precheck {
  passed: boolean;
  summary: string;
}

/** Where a link leads: a consultation, a service's waiting area, or one MDT meeting (an external clinician). */
export const INVITE_SCOPES = ['consultation', 'service', 'mdt_meeting'] as const;
export type InviteScope = (typeof INVITE_SCOPES)[number];
/** The scopes of the links staff send patients and guests from a queue or a call. */
export const LINK_SCOPES = ['consultation', 'service'] as const;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** When a service takes calls: always, or weekly "HH:MM" ranges in a time zone. */
export type OpeningHours =
  { always: true } | { timeZone: string; weekly: Partial<Record<Weekday, [string, string][]>> };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
