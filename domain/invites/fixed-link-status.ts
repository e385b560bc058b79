import { isUuid } from '../../contracts/ids';
import { closedService } from '../../identity/invite-refusals';
import { DomainError } from '../kernel/domain-error';
import type { InviteContext } from './invites';

/** What a fixed link's page may be told before its form: open, or why not in the patient's words. */
export type FixedLinkStatus =
  { open: true; serviceName: string } | { open: false; reason: 'off' | 'closed'; message: string };

/** The words for a link turned off: the printed poster or letter stays, so say what to do instead. */
export const LINK_OFF = 'This waiting-area link is not in use. Contact the service another way.';

/**
 * Whether arriving by this link would be turned away now, asked by its page before anyone types
 * their details. Read-only and unaudited, as checking an invite link is: it changes nothing, and
 * tells no more than the arrival's own refusal would (the service's public name and opening hours).
 * An id that is malformed or was never issued is not found, the same answer for both.
 */
export async function fixedLinkStatus(
  ctx: Pick<InviteContext, 'db' | 'now'>,
  linkId: string,
): Promise<FixedLinkStatus> {
  const notFound = () =>
    new DomainError('not_found', 'There is no such waiting-area link. Check it was copied in full.');
  if (!isUuid(linkId)) throw notFound();
  const link = await ctx.db
    .selectFrom('fixed_links')
    .innerJoin('services', 'services.id', 'fixed_links.service_id')
    .select(['fixed_links.service_id', 'fixed_links.revoked_at', 'services.name'])
    .where('fixed_links.id', '=', linkId.toLowerCase())
    .executeTakeFirst();
  if (!link) throw notFound();
  if (link.revoked_at) return { open: false, reason: 'off', message: LINK_OFF };
  const closed = await closedService(ctx.db, link.service_id, ctx.now?.() ?? new Date());
  if (closed) return { open: false, reason: 'closed', message: closed.message };
  return { open: true, serviceName: link.name };
}
