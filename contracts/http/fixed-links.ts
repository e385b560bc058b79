import { z } from 'zod';
import type { HttpRoute } from './route';
import { NoBody } from './shapes';

/** A service's fixed waiting-area link as staff see it: off (null), or its address and QR code. */
export const FixedLinkState = z.object({
  serviceId: z.string(),
  linkId: z.string().nullable(),
  link: z.string().nullable(),
  /** The link as an SVG QR code, to print for a waiting room or a letter. */
  qrSvg: z.string().nullable(),
});

/** Whether the patient's calendar date is real is checked by the server; this is its shape. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Someone arriving by a fixed link: the name and date of birth the clinic will see. */
export const FixedLinkArrive = z.object({
  givenName: z.string().trim().min(1).max(60),
  familyName: z.string().trim().min(1).max(60),
  dateOfBirth: IsoDate,
});

/**
 * Whether a fixed link takes arrivals now, asked by its page before any form: open (with the
 * service's public name for the heading), or why not (turned off, closed until when) in words for
 * the patient. Nothing else about the service or who published the link is told.
 */
export const FixedLinkStatus = z.union([
  z.object({ open: z.literal(true), serviceName: z.string() }),
  z.object({ open: z.literal(false), reason: z.enum(['off', 'closed']), message: z.string() }),
]);

/** Publishing, withdrawing and arriving by a service's reusable waiting-area link. */
export const FixedLinkRoutes = {
  get: { method: 'GET', path: '/api/services/:serviceId/fixed-link', request: NoBody, response: FixedLinkState },
  set: {
    method: 'PUT',
    path: '/api/services/:serviceId/fixed-link',
    request: z.object({ on: z.boolean() }),
    response: FixedLinkState,
  },
  /** Read-only and unsigned: an unknown link is 404, like a link that never existed. */
  status: { method: 'GET', path: '/api/fixed-links/:linkId/status', request: NoBody, response: FixedLinkStatus },
  /** Answers a one-use invite token for this arrival; the page goes on as any invite link would. */
  arrive: {
    method: 'POST',
    path: '/api/fixed-links/:linkId/arrive',
    request: FixedLinkArrive,
    response: z.object({ token: z.string(), name: z.string() }),
  },
} as const satisfies Record<string, HttpRoute>;
