import { z } from 'zod';
import { ActionItem, OUTCOME_FIELDS } from '../mdt-outcome';
import { Empty } from '../protocol/methods/room';
import type { HttpRoute } from './route';
import { Bytes, Instant, NoBody } from './shapes';

/** Someone named on the outcome: who edited a field, who signed. */
const Person = z.object({ id: z.string(), name: z.string() });

/** One field of the draft: its value, its version (0: never written), and who wrote it when. */
export const FieldState = z.object({
  value: z.unknown(),
  version: z.number().int(),
  editedBy: Person.nullable(),
  editedAt: Instant.nullable(),
});

/** A signed, immutable version: every field as signed (contracts' OutcomeValues), by whom, when, and why. */
export const SignedVersionShape = z.object({
  version: z.number().int(),
  values: z.record(z.string(), z.unknown()),
  signedBy: Person,
  signedAt: Instant,
  amendmentReason: z.string().nullable(),
});

/** A case's outcome: the live draft (open or signed, and what it amends) and every signed version. */
export const OutcomeAnswer = z.object({
  caseId: z.string(),
  state: z.enum(['editing', 'signed']),
  amends: z.object({ version: z.number().int(), reason: z.string() }).nullable(),
  fields: z.record(z.enum(OUTCOME_FIELDS as [string, ...string[]]), FieldState),
  versions: z.array(SignedVersionShape),
});

/** An edit of one field, made on the version its author last saw. */
export const FieldEditRequest = z.object({ value: z.unknown(), baseVersion: z.number().int().min(0) });

/**
 * The 409 answer to an edit made on a version someone else has since replaced: the error, and the
 * field as it now stands (their value, their name), so the form shows the clash instead of losing it.
 */
export const FieldConflictAnswer = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string() }),
  conflict: FieldState.extend({ field: z.string() }),
});

/** An open action of the caller's, from a signed outcome, for their dashboard. */
export const OwnedActionShape = z.object({
  caseId: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingStartsAt: Instant,
  patientName: z.string(),
  nhsNumber: z.string().nullable(),
  version: z.number().int(),
  action: ActionItem,
});

const get = <P extends string, Res extends z.ZodType>(path: P, response: Res) =>
  ({ method: 'GET', path, request: NoBody, response }) as const;

/** MDT outcomes: the live draft edited field by field, the chair's sign-off, amendments, and the exports. */
export const MdtOutcomeRoutes = {
  outcome: get('/api/mdt/cases/:id/outcome', OutcomeAnswer),
  /** PUT, not PATCH: the contracts' methods have no PATCH; this sets one field whole. 409 answers FieldConflictAnswer. */
  editField: {
    method: 'PUT',
    path: '/api/mdt/cases/:id/outcome/fields/:field',
    request: FieldEditRequest,
    response: z.object({ field: FieldState }),
  },
  signOff: {
    method: 'POST',
    path: '/api/mdt/cases/:id/outcome/sign-off',
    request: Empty,
    response: SignedVersionShape,
  },
  amend: {
    method: 'POST',
    path: '/api/mdt/cases/:id/outcome/amend',
    request: z.object({ reason: z.string().trim().min(1, 'Give the reason for the amendment').max(2000) }),
    response: z.object({ reopened: z.literal(true) }),
  },
  /** Downloads answer bytes, not JSON: pages link to them. */
  letterPdf: get('/api/mdt/cases/:id/outcome.pdf', Bytes),
  fhir: get('/api/mdt/cases/:id/outcome.fhir.json', Bytes),
  meetingSummary: get('/api/mdt/meetings/:id/summary.pdf', Bytes),
  myActions: get('/api/mdt/actions/mine', z.object({ actions: z.array(OwnedActionShape) })),
} as const satisfies Record<string, HttpRoute>;
