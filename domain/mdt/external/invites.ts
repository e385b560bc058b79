import { issueInviteIn } from '../../../identity/invites';
import type { TokenService } from '../../../identity/tokens';
import { auditActor, type Actor } from '../../kernel/context';
import { DomainError } from '../../kernel/domain-error';
import { auditMdt, type MdtContext } from '../mdt-context';
import { authoriseInviter } from './inviter';
import { readExternalInvites, type ExternalInviteView } from './invite-view';

/** The MDT context with the token service, which signs the links. */
export type ExternalInviteContext = MdtContext & { tokens: TokenService };

/** Whom the coordinator is inviting: a name, their role and organisation as they write it, an email kept on record. */
export interface ExternalInviteRequest {
  name: string;
  roleAndOrganisation: string;
  email?: string | undefined;
}

const HOUR = 3_600_000;
// The signed token outlives the meeting by a day only so that a late click reads "the meeting has
// ended" from the stored link; the stored window refuses it all the same.
const TOKEN_SPARE_MS = 24 * HOUR;

/**
 * A single-use link for one clinician from outside the team to one meeting, working from an hour
 * before it until its end. Stored and audited with what the coordinator recorded, in one transaction.
 */
export async function inviteExternal(
  ctx: ExternalInviteContext,
  actor: Actor,
  meetingId: string,
  req: ExternalInviteRequest,
): Promise<ExternalInviteView & { token: string }> {
  const m = await authoriseInviter(ctx, actor, 'invite.create', meetingId);
  if (m.ends_at <= ctx.now()) throw new DomainError('conflict', 'This meeting has ended: nobody can be invited to it.');
  const window = { start: new Date(m.starts_at.getTime() - HOUR), end: m.ends_at };
  return ctx.db.transaction().execute(async (trx) => {
    const issued = await issueInviteIn(
      trx,
      { tokens: ctx.tokens, now: ctx.now },
      {
        scope: { kind: 'mdt_meeting', id: m.id },
        guestKind: 'professional',
        displayName: req.name,
        exactWindow: window,
        expiresAt: new Date(window.end.getTime() + TOKEN_SPARE_MS),
        singleUse: true,
      },
      auditActor(actor),
      { ip: actor.ip ?? null },
    );
    await trx
      .insertInto('mdt_external_invites')
      .values({ jti: issued.jti, meeting_id: m.id, role_and_organisation: req.roleAndOrganisation, email: req.email })
      .execute();
    await auditMdt(ctx, trx, actor, 'mdt.external.invite', { type: 'mdt_meeting', id: m.id }, { invite: issued.jti });
    const [view] = await readExternalInvites(trx, m.id, issued.jti);
    return { ...view!, token: issued.token };
  });
}
