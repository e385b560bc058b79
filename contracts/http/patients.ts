import { z } from 'zod';
import type { HttpRoute } from './route';

/** A search for the patient an invite is for, among the patients of the service's organisation. */
export const PatientSearch = z.object({
  serviceId: z.uuid(),
  /** A name (or part of one), or an NHS number with or without spaces. */
  query: z.string().trim().min(2).max(80),
});

/** A patient as staff pick them: enough to tell two people of the same name apart. */
export const PatientMatch = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  nhsNumber: z.string().nullable(),
});
export type PatientMatch = z.infer<typeof PatientMatch>;

/**
 * Finding patients. A POST, so names and NHS numbers travel in the body and stay out of URLs,
 * server logs and browser history.
 */
export const PatientRoutes = {
  search: {
    method: 'POST',
    path: '/api/patients/search',
    request: PatientSearch,
    response: z.object({ patients: z.array(PatientMatch) }),
  },
} as const satisfies Record<string, HttpRoute>;
