import { z } from 'zod';
import { LINK_SCOPES } from '../vocabulary';
import { GuestKind } from '../protocol/methods/consultation';
import { Empty } from '../protocol/methods/room';
import type { HttpRoute } from './route';
import { Instant, ScopeRef } from './shapes';

/** A link for someone to join a consultation, or a service's waiting area, and its limits. */
export const CreateInvite = z.object({
  // An MDT meeting's links for external clinicians are made from the meeting (contracts/http/mdt-external.ts).
  scope: ScopeRef.extend({ kind: z.enum(LINK_SCOPES), id: z.uuid() }),
  guestKind: GuestKind,
  displayName: z.string().trim().min(1).max(80).optional(),
  /** Bind the link to this appointment's time (plus grace); its expiry follows the slot. */
  appointmentId: z.uuid().optional(),
  window: z.object({ start: z.coerce.date(), end: z.coerce.date() }).optional(),
  expiresAt: z.coerce.date().optional(),
  singleUse: z.boolean().optional(),
  /** The patient the link is for: one found by search, or one added now (the NHS number is checked). */
  patient: z
    .union([
      z.object({ id: z.uuid() }),
      z.object({
        givenName: z.string().trim().min(1).max(80),
        familyName: z.string().trim().min(1).max(80),
        dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
        nhsNumber: z.string().trim().max(20).optional(),
      }),
    ])
    .optional(),
});

/** The link made, with its token in the fragment (kept out of logs and Referer headers). */
export const CreatedInvite = z.object({
  jti: z.string(),
  token: z.string(),
  expiresAt: Instant,
  window: z.object({ start: Instant, end: Instant }).nullable(),
  singleUse: z.boolean(),
  link: z.string(),
});

/** A link's token, sent to be exchanged for a guest sign-in. */
export const RedeemInvite = z.object({
  token: z.string().min(1).max(4096),
  /** The guest's own name; the invite's, or "Guest", when not given. */
  name: z.string().trim().min(1).max(80).optional(),
});

/**
 * Whether a link works, asked before any form is shown and without using it up: valid (with the
 * name to offer), or the refusal redeeming it would meet, with what to do next.
 */
export const InviteCheck = z.union([
  z.object({ status: z.literal('valid'), guestKind: GuestKind, name: z.string().nullable(), fixedLink: z.boolean() }),
  z.object({ status: z.string(), message: z.string() }),
]);

/** A guest's sign-in from a link: the token (also set as the access cookie) and who they are. */
export const GuestAccess = z.object({
  accessToken: z.string(),
  accessExpiresAt: Instant,
  guest: z.object({ id: z.string(), name: z.string(), kind: GuestKind, scope: ScopeRef }),
});

/** Making, using and withdrawing invite links. */
export const InviteRoutes = {
  create: { method: 'POST', path: '/api/invites', request: CreateInvite, response: CreatedInvite },
  redeem: { method: 'POST', path: '/api/invites/redeem', request: RedeemInvite, response: GuestAccess },
  check: {
    method: 'POST',
    path: '/api/invites/check',
    request: RedeemInvite.pick({ token: true }),
    response: InviteCheck,
  },
  revoke: {
    method: 'POST',
    path: '/api/invites/:jti/revoke',
    request: Empty,
    response: z.object({ revoked: z.literal(true) }),
  },
} as const satisfies Record<string, HttpRoute>;
