import type { ConsultationRecord, ParticipantRecord } from '../types';
import { encounterStatus, statusHistory } from './encounter-status';
import { period, urn, type Resource } from './json';
import { isPatientSeat, type People } from './people';
import { ACT_CODE_SYSTEM, PARTICIPANT_TYPE_SYSTEM, PARTICIPATION_TYPE_SYSTEM, URI_SYSTEM } from './systems';

const TRANSLATOR = { system: PARTICIPANT_TYPE_SYSTEM, code: 'translator', display: 'Translator' };
const TOOK_PART = { system: PARTICIPATION_TYPE_SYSTEM, code: 'PART', display: 'Participation' };

/** How a seat took part: an interpreter translates; everyone else took part, in their role's words. */
function participant(p: ParticipantRecord, people: People) {
  return {
    type: [
      {
        coding: [p.role === 'interpreter' ? TRANSLATOR : TOOK_PART],
        text: p.kind === 'staff' ? p.role : `${p.role} (joined by link)`,
      },
    ],
    period: period(p.joinedAt, p.leftAt),
    individual: people.ref(p.personId, p.name),
  };
}

/**
 * The consultation as an Encounter: a virtual (VR) visit to the service, about the patient, with a
 * participant per seat (someone who left and rejoined has one per stay) pointing at their person.
 */
export function encounter(record: ConsultationRecord, people: People): Resource {
  const c = record.consultation;
  return {
    resourceType: 'Encounter',
    id: c.id,
    identifier: [{ system: URI_SYSTEM, value: urn(c.id) }],
    status: encounterStatus(record),
    statusHistory: statusHistory(record),
    class: { system: ACT_CODE_SYSTEM, code: 'VR', display: 'virtual' },
    serviceType: { text: record.service.name },
    ...(people.subject ? { subject: people.subject } : {}),
    participant: record.participants.filter((p) => !isPatientSeat(p)).map((p) => participant(p, people)),
    period: period(c.createdAt, c.endedAt),
    ...(c.reason ? { reasonCode: [{ text: c.reason }] } : {}),
  };
}
