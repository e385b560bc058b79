import { randomUUID } from 'node:crypto';
import type { ConsultationEventKind, ConsultationStatus } from '../../db/schema';
import { fhirSchemaErrors } from './fhir-validation';
import type { ConsultationRecord } from './types';

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

type EncounterStatus = 'planned' | 'arrived' | 'in-progress' | 'onleave' | 'finished';
type Json = { [key: string]: unknown };
type Resource = Json & { resourceType: string; id: string };

/**
 * Our statuses in R4's words. R4 has no "on hold": a call that has begun and sent the patient back
 * to the waiting area for a while is `onleave` (begun, patient temporarily away); someone waiting
 * who has not been seen yet is `arrived`; nobody there yet is `planned`.
 */
function encounterStatus(status: ConsultationStatus, someoneArrived: boolean): EncounterStatus {
  switch (status) {
    case 'in_progress':
      return 'in-progress';
    case 'on_hold':
      return 'onleave';
    case 'ended':
      return 'finished';
    case 'waiting':
    case 'transferred':
      return someoneArrived ? 'arrived' : 'planned';
  }
}

const STATUS_AFTER: Partial<Record<ConsultationEventKind, EncounterStatus>> = {
  arrived: 'arrived',
  admitted: 'in-progress',
  held: 'onleave',
  transferred: 'arrived',
  ended: 'finished',
};

const urn = (id: string): string => `urn:uuid:${id}`;
const iso = (d: Date): string => d.toISOString();

/** Each change of status, from the timeline, with the time it lasted until the next. */
function statusHistory(record: ConsultationRecord): Json[] {
  const changes = record.timeline.filter((e) => STATUS_AFTER[e.kind]);
  return changes.map((e, i) => {
    const next = changes[i + 1];
    return {
      status: STATUS_AFTER[e.kind],
      period: next ? { start: iso(e.at), end: iso(next.at) } : { start: iso(e.at) },
    };
  });
}

function patientResource(p: NonNullable<ConsultationRecord['patient']>): Resource {
  return {
    resourceType: 'Patient',
    id: p.id,
    ...(p.nhsNumber ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }] } : {}),
    name: [{ family: p.familyName, given: [p.givenName] }],
    birthDate: p.dateOfBirth,
  };
}

function encounter(record: ConsultationRecord): Resource {
  const c = record.consultation;
  const subject = record.patient && {
    reference: urn(record.patient.id),
    display: `${record.patient.givenName} ${record.patient.familyName}`,
  };
  const arrived = record.timeline.some((e) => e.kind === 'arrived');
  return {
    resourceType: 'Encounter',
    id: c.id,
    identifier: [{ system: 'urn:ietf:rfc:3986', value: urn(c.id) }],
    status: encounterStatus(c.status, arrived),
    statusHistory: statusHistory(record),
    class: { system: ACT_CODE_SYSTEM, code: 'VR', display: 'virtual' },
    serviceType: { text: record.service.name },
    ...(subject ? { subject } : {}),
    participant: record.participants.map((p) => ({
      type: [{ text: p.kind === 'staff' ? p.role : `${p.role} (joined by link)` }],
      period: p.leftAt ? { start: iso(p.joinedAt), end: iso(p.leftAt) } : { start: iso(p.joinedAt) },
      individual: { display: p.name },
    })),
    period: c.endedAt ? { start: iso(c.createdAt), end: iso(c.endedAt) } : { start: iso(c.createdAt) },
    ...(c.reason ? { reasonCode: [{ text: c.reason }] } : {}),
  };
}

function communication(record: ConsultationRecord, m: ConsultationRecord['chat'][number]): Resource {
  return {
    resourceType: 'Communication',
    id: m.messageId,
    status: 'completed',
    ...(record.patient ? { subject: { reference: urn(record.patient.id) } } : {}),
    encounter: { reference: urn(record.consultation.id) },
    sent: iso(m.sentAt),
    sender: { display: m.from },
    payload: [{ contentString: m.body }],
  };
}

export class InvalidFhirError extends Error {
  override name = 'InvalidFhirError';
}

/**
 * The consultation as a FHIR R4 Bundle (collection): the Encounter, the Patient when known, and a
 * Communication per chat message. Checked against the R4 schema before it leaves: an export that
 * another system would reject is a bug here, not something to hand on.
 */
export function toFhirBundle(record: ConsultationRecord, now = new Date()): Json {
  const resources = [
    encounter(record),
    ...(record.patient ? [patientResource(record.patient)] : []),
    ...record.chat.map((m) => communication(record, m)),
  ];
  const bundle = {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'collection',
    timestamp: iso(now),
    entry: resources.map((r) => ({ fullUrl: urn(r.id), resource: r })),
  };
  const errors = fhirSchemaErrors(bundle);
  if (errors.length) throw new InvalidFhirError(`the FHIR export is not valid R4: ${errors.slice(0, 3).join('; ')}`);
  return bundle;
}
