import { z } from 'zod';
import { MdtCase } from './mdt-shapes';
import type { HttpRoute } from './route';
import { Instant, NoBody } from './shapes';

/** Whom a coordinator invites from outside the team: a name, their role and organisation, an email kept on record. */
export const NewExternalInvite = z.object({
  name: z.string().trim().min(1, 'Enter the clinician’s name').max(80),
  roleAndOrganisation: z.string().trim().min(1, 'Enter their role and organisation').max(200),
  /** Recorded only: Convene sends nothing to it. */
  email: z.email('Enter an email address in the correct format, like name@example.nhs.uk').max(254).optional(),
});

/** A meeting's link for an external clinician as its coordinator sees it (never its token, but once). */
export const ExternalInvite = z.object({
  jti: z.string(),
  name: z.string(),
  roleAndOrganisation: z.string(),
  email: z.string().nullable(),
  opensAt: Instant,
  closesAt: Instant,
  status: z.enum(['not_used', 'used', 'withdrawn']),
  usedAt: Instant.nullable(),
  invitedBy: z.string(),
  createdAt: Instant,
});

/** The link just made, shown this once: its address carries the token in the fragment. */
export const CreatedExternalInvite = ExternalInvite.extend({ link: z.string() });

/** The one case the panel has on screen, as an external clinician follows it: no list, no attachments. */
export const OnScreen = z.object({
  meeting: z.object({ id: z.string(), title: z.string(), startsAt: Instant, endsAt: Instant }),
  onScreen: z.object({ position: z.number(), count: z.number(), case: MdtCase.omit({ attachments: true }) }).nullable(),
});

/**
 * Clinicians from outside an MDT's team, invited by link to one meeting by its coordinator or chair,
 * and what they read of it: the case on screen.
 */
export const MdtExternalRoutes = {
  invite: {
    method: 'POST',
    path: '/api/mdt/meetings/:id/external-invites',
    request: NewExternalInvite,
    response: CreatedExternalInvite,
  },
  invites: {
    method: 'GET',
    path: '/api/mdt/meetings/:id/external-invites',
    request: NoBody,
    response: z.object({ invites: z.array(ExternalInvite) }),
  },
  withdraw: {
    method: 'POST',
    path: '/api/mdt/external-invites/:jti/revoke',
    request: z.object({}).strict(),
    response: z.object({ revoked: z.literal(true) }),
  },
  onScreen: { method: 'GET', path: '/api/mdt/meetings/:id/on-screen', request: NoBody, response: OnScreen },
} as const satisfies Record<string, HttpRoute>;
