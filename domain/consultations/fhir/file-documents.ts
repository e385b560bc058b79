import type { ConsultationRecord, RecordedFile } from '../types';
import { iso, refTo, type Resource } from './json';
import type { People } from './people';
import { URI_SYSTEM } from './systems';

/** Where Convene serves a shared file (server/http's file route): the bytes stay out of the bundle. */
const fileUrl = (fileId: string): string => `/api/files/${fileId}`;

/**
 * The file's SHA-256 as an RFC 6920 "ni" URI. Attachment.hash is SHA-1 by definition and the
 * record holds SHA-256, so the hash is the document's version-specific (master) identifier instead.
 */
const sha256Uri = (hex: string): string => `ni:///sha-256;${Buffer.from(hex, 'hex').toString('base64url')}`;

function fileDocument(f: RecordedFile, people: People, encounter: Resource): Resource {
  return {
    resourceType: 'DocumentReference',
    id: f.fileId,
    masterIdentifier: { system: URI_SYSTEM, value: sha256Uri(f.sha256) },
    status: 'current',
    type: { text: 'File shared in a video consultation' },
    ...(people.subject ? { subject: people.subject } : {}),
    date: iso(f.sharedAt),
    author: [people.ref(f.personId, f.from)],
    content: [
      {
        attachment: {
          contentType: f.contentType,
          url: fileUrl(f.fileId),
          size: f.sizeBytes,
          title: f.filename,
          creation: iso(f.sharedAt),
        },
      },
    ],
    context: { encounter: [refTo(encounter)] },
  };
}

/** Each shared file, in the order it was shared, as a DocumentReference in the Encounter. */
export const fileDocuments = (record: ConsultationRecord, people: People, encounter: Resource): Resource[] =>
  record.files.map((f) => fileDocument(f, people, encounter));
