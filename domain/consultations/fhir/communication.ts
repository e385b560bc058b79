import type { ConsultationRecord, RecordedMessage } from '../types';
import { iso, refTo, type Resource } from './json';
import type { People } from './people';

/** A chat message as a Communication in the Encounter, from the person who wrote it, with its exact text. */
export function communication(m: RecordedMessage, people: People, encounter: Resource): Resource {
  return {
    resourceType: 'Communication',
    id: m.messageId,
    status: 'completed',
    ...(people.subject ? { subject: people.subject } : {}),
    encounter: refTo(encounter),
    sent: iso(m.sentAt),
    sender: people.ref(m.personId, m.from),
    payload: [{ contentString: m.body }],
  };
}

/** The whole chat, in the order it was written. */
export const communications = (record: ConsultationRecord, people: People, encounter: Resource): Resource[] =>
  record.chat.map((m) => communication(m, people, encounter));
