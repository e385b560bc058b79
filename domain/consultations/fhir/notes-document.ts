import type { ConsultationRecord } from '../types';
import { iso, namedUuid, refTo, type Resource } from './json';
import type { People } from './people';

/**
 * The clinician's notes as a DocumentReference in the Encounter: the text itself, base64 in the
 * attachment (it is short and has no other home), by its author, dated when last written. None
 * when no notes were written.
 */
export function notesDocuments(record: ConsultationRecord, people: People, encounter: Resource): Resource[] {
  const notes = record.notes;
  if (!notes?.text.trim()) return [];
  const text = Buffer.from(notes.text, 'utf8');
  const written = notes.updatedAt && iso(notes.updatedAt);
  const author = notes.updatedByUserId && people.ref(notes.updatedByUserId, notes.updatedBy ?? 'unknown');
  const attachment = {
    contentType: 'text/plain; charset=utf-8',
    data: text.toString('base64'),
    size: text.length,
    title: 'Consultation note',
    ...(written ? { creation: written } : {}),
  };
  return [
    {
      resourceType: 'DocumentReference',
      // The notes have no row of their own: the same id in every export of this consultation.
      id: namedUuid(`consultation-notes:${record.consultation.id}`),
      status: 'current',
      type: { text: 'Consultation note' },
      ...(people.subject ? { subject: people.subject } : {}),
      ...(written ? { date: written } : {}),
      ...(author ? { author: [author] } : {}),
      content: [{ attachment }],
      context: { encounter: [refTo(encounter)] },
    },
  ];
}
