import type { ConsultationRecord, ParticipantRecord } from '../types';
import { refTo, type Json, type Resource } from './json';
import { patientResource, subjectOf } from './patient';
import { CONVENE_USER_SYSTEM, ROLE_CODE_SYSTEM } from './systems';

/** The bundle's people, and how the other resources point at them. */
export interface People {
  /** The Patient first, then a Practitioner or RelatedPerson per person, in joining order. */
  resources: Resource[];
  /** The patient: their Patient, or only the name an unidentified patient gave at their link. */
  subject: Json | undefined;
  /** Points at the person's resource; names them (or the patient) when they have none. */
  ref(personId: string | null, name: string): Json;
}

/** Guests who come in their work (an interpreter, a social worker): practitioners, not the patient's relations. */
const PROFESSIONAL_GUESTS = new Set(['interpreter', 'professional']);

/** The patient on their own link: the Encounter's subject, which R4 does not let be a participant too. */
export const isPatientSeat = (p: ParticipantRecord): boolean => p.kind === 'guest' && p.role === 'patient';

const practitioner = (id: string, name: string | null, userId: string | null): Resource => ({
  resourceType: 'Practitioner',
  id,
  ...(userId ? { identifier: [{ system: CONVENE_USER_SYSTEM, value: userId }] } : {}),
  ...(name ? { name: [{ text: name }] } : {}),
});

function personResource(p: ParticipantRecord, patient: Json): Resource {
  if (p.kind === 'staff' || PROFESSIONAL_GUESTS.has(p.role)) return practitioner(p.personId, p.name, p.userId);
  const relative = { coding: [{ system: ROLE_CODE_SYSTEM, code: 'FAMMEMB', display: 'family member' }] };
  return {
    resourceType: 'RelatedPerson',
    id: p.personId,
    patient,
    relationship: [{ ...(p.role === 'relative' ? relative : {}), text: p.role }],
    name: [{ text: p.name }],
  };
}

/** Everyone the record shows: the patient, each person who took a seat, and the notes' author. */
export function peopleOf(record: ConsultationRecord): People {
  const patient = record.patient && patientResource(record.patient);
  const subject = subjectOf(record, patient, record.participants.find(isPatientSeat)?.name);
  const byPerson = new Map<string, Resource>();
  for (const p of record.participants) {
    if (!isPatientSeat(p) && !byPerson.has(p.personId))
      byPerson.set(p.personId, personResource(p, subject ?? { display: 'patient not identified in Convene' }));
  }
  const author = record.notes?.updatedByUserId;
  if (author && !byPerson.has(author))
    byPerson.set(author, practitioner(author, record.notes?.updatedBy ?? null, author));
  const patientPeople = new Set(record.participants.filter(isPatientSeat).map((p) => p.personId));
  return {
    resources: [...(patient ? [patient] : []), ...byPerson.values()],
    subject,
    ref(personId, name) {
      const resource = personId ? byPerson.get(personId) : undefined;
      if (resource) return refTo(resource, name);
      return personId && patientPeople.has(personId) && subject ? { ...subject, display: name } : { display: name };
    },
  };
}
