import { z } from 'zod';
import type { OpeningHours } from '../vocabulary';
import type { HttpRoute } from './route';
import { NoBody, ServiceKind } from './shapes';

const Ranges = z.array(z.tuple([z.string(), z.string()]));

/**
 * Opening hours as they travel: always open, or weekly "HH:MM" ranges in a time zone. The rules
 * for valid hours are checked where services are written; this is only their shape.
 */
export const OpeningHoursShape: z.ZodType<OpeningHours, OpeningHours> = z.union([
  z.object({ always: z.literal(true) }),
  z.object({
    timeZone: z.string(),
    weekly: z
      .object({ mon: Ranges, tue: Ranges, wed: Ranges, thu: Ranges, fri: Ranges, sat: Ranges, sun: Ranges })
      .partial(),
  }),
]);

/** A service as the dashboard lists it; only the caller's own carry organisation and hours. */
export const ServiceSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: ServiceKind,
  organisation: z.string().optional(),
  /** Given for the user's own services, whose dashboard shows whether they take arrivals now. */
  openingHours: OpeningHoursShape.optional(),
});
/** The same, as the page holds it. */
export type ServiceSummary = z.infer<typeof ServiceSummary>;

/** The caller's services (a guest: the one their link is for) and where calls may be transferred. */
export const MyServices = z.object({
  services: z.array(ServiceSummary.required()),
  transferTargets: z.array(ServiceSummary.pick({ id: true, name: true, kind: true })),
});

/** What a dashboard needs to know of services. */
export const ServiceRoutes = {
  mine: { method: 'GET', path: '/api/my-services', request: NoBody, response: MyServices },
} as const satisfies Record<string, HttpRoute>;
