import { z } from 'zod';
import { ORGANISATION_KINDS } from '../vocabulary';
import { Empty } from '../protocol/methods/room';
import type { HttpRoute } from './route';
import { OpeningHoursShape } from './services';
import { Details, Instant, NoBody, ServiceKind, StaffRole } from './shapes';

/** An organisation in the admin's list; `own` marks the one whose services and accounts they manage. */
export const AdminOrganisation = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  odsCode: z.string().nullable(),
  own: z.boolean(),
});

/** A service of the admin's organisation with its members. */
export const AdminService = z.object({
  id: z.string(),
  name: z.string(),
  kind: ServiceKind,
  openingHours: OpeningHoursShape,
  members: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string() })),
});

/** An account of the admin's organisation, and whether it can sign in now. */
export const AdminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: StaffRole,
  disabled: z.boolean(),
  lockedUntil: Instant.nullable(),
});

/** A password made by the server, in the one answer that shows it. */
export const ShownOnce = z.object({ password: z.string() });

const name = z.string().trim().min(1, 'Enter a name').max(120);

export const NewOrganisation = z.object({
  name,
  kind: z.enum(ORGANISATION_KINDS),
  odsCode: z.string().trim().max(10).optional(),
});
export const NewService = z.object({ name, kind: ServiceKind, openingHours: OpeningHoursShape.optional() });
export const NewUser = z.object({
  username: z.string().trim().min(1, 'Enter a username').max(64),
  displayName: name,
  role: StaffRole,
});

/** The audit page's filters, as query parameters; dates are calendar days, `to` included. */
export const AuditQuery = z.object({
  action: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  resource: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

/** One audited event, newest first in its page. */
export const AuditLine = z.object({
  id: z.number(),
  at: Instant,
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  ip: z.string().nullable(),
  details: Details,
});

const done = <K extends string>(key: K) => z.object({ [key]: z.literal(true) } as Record<K, z.ZodLiteral<true>>);
const post = <P extends string, Req extends z.ZodType, Res extends z.ZodType>(path: P, request: Req, response: Res) =>
  ({ method: 'POST', path, request, response }) as const;

/** Administration: organisations, services and their members, accounts, and the audit trail (admins only). */
export const AdminRoutes = {
  organisations: {
    method: 'GET',
    path: '/api/admin/organisations',
    request: NoBody,
    response: z.object({ organisations: z.array(AdminOrganisation) }),
  },
  createOrganisation: post('/api/admin/organisations', NewOrganisation, AdminOrganisation.omit({ own: true })),
  services: {
    method: 'GET',
    path: '/api/admin/services',
    request: NoBody,
    response: z.object({ services: z.array(AdminService) }),
  },
  createService: post('/api/admin/services', NewService, AdminService.omit({ members: true })),
  setHours: post(
    '/api/admin/services/:id/hours',
    z.object({ openingHours: OpeningHoursShape }),
    z.object({ openingHours: OpeningHoursShape }),
  ),
  addMember: post('/api/admin/services/:id/members', z.object({ userId: z.string().max(100) }), done('added')),
  removeMember: post('/api/admin/services/:id/members/:userId/remove', Empty, done('removed')),
  users: {
    method: 'GET',
    path: '/api/admin/users',
    request: NoBody,
    response: z.object({ users: z.array(AdminUser) }),
  },
  createUser: post(
    '/api/admin/users',
    NewUser,
    AdminUser.pick({ id: true, username: true, displayName: true, role: true }).extend(ShownOnce.shape),
  ),
  disableUser: post('/api/admin/users/:id/disable', Empty, done('disabled')),
  enableUser: post('/api/admin/users/:id/enable', Empty, done('enabled')),
  unlockUser: post('/api/admin/users/:id/unlock', Empty, done('unlocked')),
  resetPassword: post('/api/admin/users/:id/password', Empty, ShownOnce),
  audit: {
    method: 'GET',
    path: '/api/admin/audit',
    query: AuditQuery,
    request: NoBody,
    response: z.object({ events: z.array(AuditLine), page: z.number(), hasMore: z.boolean() }),
  },
} as const satisfies Record<string, HttpRoute>;
