import type { InviteScope } from '../../db/schema';
import { may } from '../../access/authorize';
import { consultationResource, serviceResource } from '../../access/resources';
import {
  issueInviteIn,
  revokeInvite,
  type InviteDeps,
  type InviteRequest,
  type IssuedInvite,
} from '../../identity/invites';
import { auditActor, type Actor, type AuditAppend } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { refuse } from '../kernel/refuse';
import { patientForInvite, type InvitePatient } from '../patients/for-invite';
import { organisationOfScope } from './scope-organisation';

type InviteAction = 'invite.create' | 'invite.revoke';

/** What the invite use cases work with: the identity layer's needs, plus the audit trail for refusals. */
export type InviteContext = InviteDeps & { audit: AuditAppend };

/** A link staff ask for: where it leads and its limits, and optionally the patient it is for. */
export type CreateInviteRequest = Omit<InviteRequest, 'patientId' | 'fixedLinkId' | 'dateOfBirth'> & {
  patient?: InvitePatient | undefined;
};

/** Refuses (audited, like every refusal) unless the actor may act on where the link leads. */
async function authorise(
  ctx: InviteContext,
  actor: Actor,
  action: InviteAction,
  scope: { kind: InviteScope; id: string },
): Promise<void> {
  const id = requireId(scope.id, scope.kind);
  // An MDT meeting's link is withdrawn from the meeting, by its coordinator or chair (domain/mdt).
  if (scope.kind === 'mdt_meeting') throw new DomainError('not_found', 'withdraw this link from its MDT meeting');
  const resource =
    scope.kind === 'consultation' ? await consultationResource(ctx.db, id) : await serviceResource(ctx.db, id);
  if (!resource) throw new DomainError('not_found', `there is no such ${scope.kind}`);
  const decision = may(actor.identity, action, resource);
  if (!decision.allowed) await refuse(ctx, actor, action, { type: scope.kind, id }, decision.reason);
}

/**
 * Staff send a link to the waiting area of their service, or into a consultation they may admit to,
 * naming the patient it is for when they know them; the patient and the link are stored together.
 */
export async function createInvite(
  ctx: InviteContext,
  actor: Actor,
  { patient, ...req }: CreateInviteRequest,
): Promise<IssuedInvite> {
  await authorise(ctx, actor, 'invite.create', req.scope);
  return ctx.db.transaction().execute(async (trx) => {
    const patientId = patient ? await patientForInvite(trx, await organisationOfScope(trx, req.scope), patient) : null;
    return issueInviteIn(trx, ctx, { ...req, patientId }, auditActor(actor), { ip: actor.ip ?? null });
  });
}

/** Staff withdraw a link they could have sent; the caller closes the sockets it opened. */
export async function withdrawInvite(ctx: InviteContext, actor: Actor, jti: string): Promise<void> {
  const invite = await ctx.db
    .selectFrom('invites')
    .select(['scope_kind', 'scope_id'])
    .where('jti', '=', requireId(jti, 'invite'))
    .executeTakeFirst();
  if (!invite) throw new DomainError('not_found', 'there is no such invite');
  await authorise(ctx, actor, 'invite.revoke', { kind: invite.scope_kind, id: invite.scope_id });
  await revokeInvite(ctx, jti.toLowerCase(), auditActor(actor), { ip: actor.ip ?? null });
}
