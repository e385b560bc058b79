import { AdminRoutes } from '../../contracts/http/admin';
import type { AuditFilter } from '../../domain/admin/audit-trail';
import { HttpError } from './http-json';
import type { RouteContext } from './route';

const DAY_MS = 86_400_000;

/**
 * The audit page's filters from the query string, by the contract's shape. Days are whole UTC
 * days and `to` is included, so "from 2 Dec to 2 Dec" is that day's events.
 */
export function auditFilter(ctx: RouteContext): AuditFilter {
  const search = new URL(ctx.req.url ?? '/', 'http://localhost').searchParams;
  const given = Object.fromEntries([...search].filter(([, v]) => v.trim() !== ''));
  const q = AdminRoutes.audit.query.safeParse(given);
  if (!q.success) throw new HttpError(400, 'bad_request', q.error.issues[0]?.message ?? 'the filters are not valid');
  const { from, to, ...rest } = q.data;
  return {
    ...rest,
    from: from ? new Date(`${from}T00:00:00Z`) : undefined,
    to: to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  };
}
