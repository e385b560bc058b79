import { z } from 'zod';
import { CONSULTATION_EVENT_KINDS, INVITE_SCOPES, SERVICE_KINDS, STAFF_ROLES } from '../vocabulary';

/**
 * The pieces the HTTP routes' shapes are built from, taken from the vocabulary so that a status,
 * role or kind is spelled once for the database, the protocol and HTTP alike.
 */

/**
 * A moment in time. The server may hand a Date (JSON sends it as its ISO string); the browser
 * reads the ISO string, as the pages have always had it.
 */
export const Instant = z
  .union([z.date(), z.iso.datetime()])
  .transform((at) => (typeof at === 'string' ? at : at.toISOString()));

/** A route that takes no body: a GET, a download. */
export const NoBody = z.undefined();

/** Raw bytes, not JSON: an upload's body (a File in the browser), or a download's answer. */
export const Bytes = z.custom<Blob>((value) => typeof Blob !== 'undefined' && value instanceof Blob);

/** Every refusal and failure: `{ error: { code, message } }`, with the request id on a 500. */
export const ErrorAnswer = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string().optional() }),
});

/** The vocabulary's kinds and roles, as schemas the routes' shapes are built from. */
export const ServiceKind = z.enum(SERVICE_KINDS);
export const StaffRole = z.enum(STAFF_ROLES);
/** Whoever a token is for: a member of staff, or a guest who came by a link. */
export const Role = z.enum([...STAFF_ROLES, 'guest']);
export const ConsultationEventKind = z.enum(CONSULTATION_EVENT_KINDS);

/** What an invite (and a guest's token) is for: a consultation, or a service's waiting area. */
export const ScopeRef = z.object({ kind: z.enum(INVITE_SCOPES), id: z.string() });

/** Free-form JSON details (an event's), read as they were written. */
export const Details = z.record(z.string(), z.unknown());
