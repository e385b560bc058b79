import { issueInviteIn } from '../../identity/invites';
import { countFixedLinkArrival } from '../../identity/invite-arrival-limit';
import { closedService, notValid } from '../../identity/invite-refusals';
import { IdentityError } from '../../identity/identity-error';
import { isUuid } from '../../contracts/ids';
import { Refusal } from '../../contracts/refusal';
import { DomainError } from '../kernel/domain-error';
import { LINK_OFF } from './fixed-link-status';
import type { InviteContext } from './invites';

/** Who is arriving by a published link: what the clinic needs to find them in its queue. */
export interface FixedLinkArrival {
  givenName: string;
  familyName: string;
  /** "YYYY-MM-DD" as they gave it; unverified, shown to staff to tell people apart. */
  dateOfBirth: string;
}

/** How long the one-arrival link minted from a fixed link lasts: long enough for the pre-call check. */
const ARRIVAL_LINK_MINUTES = 120;

function checked(req: FixedLinkArrival): FixedLinkArrival {
  const givenName = req.givenName.trim();
  const familyName = req.familyName.trim();
  if (!givenName || !familyName || `${givenName} ${familyName}`.length > 80)
    throw new DomainError('bad_request', 'Enter your first name and last name (80 characters at most together)');
  const dob = /^\d{4}-\d{2}-\d{2}$/.test(req.dateOfBirth) ? new Date(`${req.dateOfBirth}T00:00:00Z`) : null;
  if (!dob || Number.isNaN(dob.getTime()) || dob.toISOString().slice(0, 10) !== req.dateOfBirth || dob > new Date())
    throw new DomainError('bad_request', 'Enter a real date of birth, in the past');
  return { givenName, familyName, dateOfBirth: req.dateOfBirth };
}

/**
 * Someone opens a service's published link: each arrival gets its own single-use invite (made out
 * to the name and date of birth they gave, marked with the fixed link), so one person's link can be
 * withdrawn without the others' and each arrival has its own trail. Counted per address first,
 * refused when the link is off or the service closed; every refusal is audited.
 */
export async function arriveByFixedLink(
  ctx: InviteContext,
  linkId: string,
  request: FixedLinkArrival,
  where: { ip?: string | null } = {},
): Promise<{ token: string; name: string }> {
  const now = ctx.now?.() ?? new Date();
  try {
    if (!isUuid(linkId)) throw notValid();
    const req = checked(request);
    await ctx.db.transaction().execute((trx) => countFixedLinkArrival(trx, where.ip ?? null, now));
    return await ctx.db.transaction().execute(async (trx) => {
      const link = await trx
        .selectFrom('fixed_links')
        .selectAll()
        .where('id', '=', linkId.toLowerCase())
        .executeTakeFirst();
      if (!link) throw notValid();
      if (link.revoked_at) throw new IdentityError('revoked', LINK_OFF);
      const closed = await closedService(trx, link.service_id, now);
      if (closed) throw closed;
      const name = `${req.givenName} ${req.familyName}`;
      const invite = await issueInviteIn(
        trx,
        ctx,
        {
          scope: { kind: 'service', id: link.service_id },
          guestKind: 'patient',
          displayName: name,
          dateOfBirth: req.dateOfBirth,
          fixedLinkId: link.id,
          expiresAt: new Date(now.getTime() + ARRIVAL_LINK_MINUTES * 60_000),
        },
        // Issued on behalf of whoever published the link; the role says it came through the link.
        { id: link.created_by, role: 'fixed_link' },
        { ip: where.ip ?? null },
      );
      return { token: invite.token, name };
    });
  } catch (err) {
    if (err instanceof Refusal) {
      await ctx.audit(ctx.db, {
        action: 'fixed_link.refused',
        resource: { type: 'fixed_link', id: isUuid(linkId) ? linkId.toLowerCase() : 'malformed' },
        ip: where.ip ?? null,
        details: { reason: err.code },
      });
    }
    throw err;
  }
}
