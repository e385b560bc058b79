import type { JsonObject } from '../../db/schema';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { authoriseAuditRead } from './authorise';
import type { AdminContext } from './context';

/** What the audit page narrows the trail by; every field optional, all given ones must hold. */
export interface AuditFilter {
  /** An action exactly ("admin.user.disable"), or a family ending in a dot ("admin."). */
  action?: string | undefined;
  /** An actor's id, or a username (taken as that account's id). */
  actor?: string | undefined;
  /** A resource's id, of any type. */
  resource?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** From 1. */
  page?: number | undefined;
}

/** One event as the audit page shows it. */
export interface AuditLine {
  id: number;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  ip: string | null;
  details: JsonObject;
}

export const AUDIT_PAGE_SIZE = 50;

/** Who did what to what, newest first, a page at a time: for an admin answering "who changed this?". */
export async function listAudit(
  ctx: AdminContext,
  actor: Actor,
  filter: AuditFilter,
): Promise<{ events: AuditLine[]; page: number; hasMore: boolean }> {
  await authoriseAuditRead(ctx, actor);
  const page = filter.page ?? 1;
  if (!Number.isSafeInteger(page) || page < 1)
    throw new DomainError('bad_request', 'the page is a whole number from 1');
  let actorId = filter.actor?.trim();
  if (actorId) {
    const byName = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', actorId.toLowerCase())
      .executeTakeFirst();
    actorId = byName?.id ?? actorId;
  }
  let q = ctx.db.selectFrom('audit_events').selectAll();
  const action = filter.action?.trim();
  if (action) q = action.endsWith('.') ? q.where('action', 'like', `${action}%`) : q.where('action', '=', action);
  if (actorId) q = q.where('actor_id', '=', actorId);
  if (filter.resource?.trim()) q = q.where('resource_id', '=', filter.resource.trim());
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  const events = rows.slice(0, AUDIT_PAGE_SIZE).map((e) => ({
    id: e.id,
    at: e.at,
    actorId: e.actor_id,
    actorRole: e.actor_role,
    action: e.action,
    resourceType: e.resource_type,
    resourceId: e.resource_id,
    ip: e.ip,
    details: e.details,
  }));
  return { events, page, hasMore: rows.length > AUDIT_PAGE_SIZE };
}
