import { z } from 'zod';
import { ConsultationRecord, SharedFile } from './consultation-record';
import { LivePresence } from '../protocol/notifications';
import type { HttpRoute } from './route';
import { Bytes, Instant, NoBody } from './shapes';

export { ConsultationRecord, SharedFile } from './consultation-record';

/** Where the upload's name goes: the body is the file itself. */
export const UploadQuery = z.object({
  filename: z.string().refine((name) => name.trim() !== '', 'name the file: ?filename=…'),
});

/** A consultation's notes, written whole each time. */
export const Notes = z.object({ text: z.string().max(20_000) });

/** A colleague in the staff directory: someone on the same services, and whether they are free. */
export const Colleague = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.string(),
  /** Reachable now: from their connections, never stored. */
  presence: LivePresence,
  /** The status they set themselves (available, busy, away). */
  availability: z.string(),
  onCall: z.boolean(),
  /** The caller's services this person also belongs to. */
  serviceIds: z.array(z.string()),
});

/** A consultation's record, notes, files and exports, and the staff directory. */
export const ConsultationRoutes = {
  upload: {
    method: 'POST',
    path: '/api/consultations/:id/files',
    query: UploadQuery,
    request: Bytes,
    response: SharedFile,
  },
  /** Downloads answer bytes, not JSON: pages link to them. */
  file: { method: 'GET', path: '/api/files/:id', request: NoBody, response: Bytes },
  record: { method: 'GET', path: '/api/consultations/:id/record', request: NoBody, response: ConsultationRecord },
  notes: {
    method: 'PUT',
    path: '/api/consultations/:id/notes',
    request: Notes,
    response: z.object({ updatedAt: Instant }),
  },
  exportPdf: { method: 'GET', path: '/api/consultations/:id/export.pdf', request: NoBody, response: Bytes },
  exportFhir: { method: 'GET', path: '/api/consultations/:id/export.fhir.json', request: NoBody, response: Bytes },
  directory: {
    method: 'GET',
    path: '/api/directory',
    request: NoBody,
    response: z.object({ staff: z.array(Colleague) }),
  },
} as const satisfies Record<string, HttpRoute>;
