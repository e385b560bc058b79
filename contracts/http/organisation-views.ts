import { z } from 'zod';
import { CONSULTATION_STATUSES } from '../vocabulary';
import type { HttpRoute } from './route';
import { Instant, NoBody } from './shapes';

/**
 * Where a call stands, in words a care home or a prison may be told: booked and not yet arrived,
 * a consultation's own status, or a cancelled appointment. Never the reason or notes.
 */
export const CallStage = z.enum(['booked', ...CONSULTATION_STATUSES, 'cancelled']);
/** The same, as the pages word it. */
export type CallStage = z.infer<typeof CallStage>;

/** A resident of the care home, as its staff tell one from another. */
export const Resident = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  nhsNumber: z.string().nullable(),
});

/** A call the care home asked for: for whom, why, to which service, and where it stands. */
export const HomeRequest = z.object({
  id: z.string(),
  resident: z.string().nullable(),
  reason: z.string().nullable(),
  service: z.string(),
  stage: CallStage,
  requestedAt: Instant,
});

/** The care home's page: its name, its residents, and its requests newest first. */
export const CareHomeOverview = z.object({
  home: z.object({ name: z.string() }),
  residents: z.array(Resident),
  requests: z.array(HomeRequest),
});
/** The page as the server gives it (instants may be Dates; they travel as ISO strings). */
export type CareHomeOverview = z.input<typeof CareHomeOverview>;

/** One of today's appointments for someone held at the prison: no reason, no notes. */
export const PrisonAppointment = z.object({
  id: z.string(),
  startsAt: Instant,
  clinic: z.string(),
  patient: z.string(),
  stage: CallStage,
});

/** The prison's page: its name, today's date (Europe/London) and today's appointments by time. */
export const PrisonToday = z.object({
  prison: z.object({ name: z.string() }),
  date: z.iso.date(),
  appointments: z.array(PrisonAppointment),
});
/** The page as the server gives it (instants may be Dates; they travel as ISO strings). */
export type PrisonToday = z.input<typeof PrisonToday>;

/** What care-home and prison staff see of their own organisation; each is scoped by the caller's sign-in. */
export const OrganisationViewRoutes = {
  careHome: { method: 'GET', path: '/api/care-home/overview', request: NoBody, response: CareHomeOverview },
  prisonToday: { method: 'GET', path: '/api/prison/today', request: NoBody, response: PrisonToday },
} as const satisfies Record<string, HttpRoute>;
