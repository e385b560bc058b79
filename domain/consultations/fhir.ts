import { randomUUID } from 'node:crypto';
import { communications } from './fhir/communication';
import { encounter } from './fhir/encounter';
import { fileDocuments } from './fhir/file-documents';
import { iso, urn, type Json } from './fhir/json';
import { notesDocuments } from './fhir/notes-document';
import { peopleOf } from './fhir/people';
import { danglingReferences } from './fhir/references';
import { fhirSchemaErrors } from './fhir-validation';
import type { ConsultationRecord } from './types';

/** An export that would not stand on its own as valid R4: a bug here, never something to hand on. */
export class InvalidFhirError extends Error {
  override name = 'InvalidFhirError';
}

/**
 * The consultation as a FHIR R4 Bundle (collection), everything the record shows: the Encounter;
 * the Patient; a Practitioner or RelatedPerson per person who took part (and the notes' author);
 * a Communication per chat message; a DocumentReference per shared file and one for the notes.
 * Entries are `urn:uuid:` fullUrls and reference only each other. Checked against the R4 schema
 * before it leaves.
 */
export function toFhirBundle(record: ConsultationRecord, now = new Date()): Json {
  const people = peopleOf(record);
  const visit = encounter(record, people);
  const resources = [
    visit,
    ...people.resources,
    ...communications(record, people, visit),
    ...fileDocuments(record, people, visit),
    ...notesDocuments(record, people, visit),
  ];
  const bundle = {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'collection',
    timestamp: iso(now),
    entry: resources.map((r) => ({ fullUrl: urn(r.id), resource: r })),
  };
  const dangling = danglingReferences(bundle);
  if (dangling.length) throw new InvalidFhirError(`the FHIR export points outside itself: ${dangling.join(', ')}`);
  const errors = fhirSchemaErrors(bundle);
  if (errors.length) throw new InvalidFhirError(`the FHIR export is not valid R4: ${errors.slice(0, 3).join('; ')}`);
  return bundle;
}
