import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { appendAudit } from '../audit/audit-log';
import { IdentityError } from './identity-error';
import { DEFAULT_INVITE_HOURS, MAX_INVITE_DAYS, scopeExists, windowFor } from './invite-windows';
import type { InviteDeps, InviteRequest, IssuedInvite } from './invite-types';
import type { Where } from './sessions';

/** Creates a link for a patient or guest: stored (so it can be revoked and used up) and signed. */
export async function issueInvite(
  deps: InviteDeps,
  req: InviteRequest,
  actor: { id: string; role: string },
  where: Where = {},
): Promise<IssuedInvite> {
  return deps.db.transaction().execute((trx) => issueInviteIn(trx, deps, req, actor, where));
}

/** The same, inside the caller's transaction: a patient added with the link is kept only if the link is. */
export async function issueInviteIn(
  trx: Transaction<Database>,
  deps: Omit<InviteDeps, 'db'>,
  req: InviteRequest,
  actor: { id: string; role: string },
  where: Where = {},
): Promise<IssuedInvite> {
  const now = deps.now?.() ?? new Date();
  if (!(await scopeExists(trx, req.scope))) throw new IdentityError('not_found', `there is no such ${req.scope.kind}`);
  const window = await windowFor(trx, req);
  const expiresAt = req.expiresAt ?? window?.end ?? new Date(now.getTime() + DEFAULT_INVITE_HOURS * 3600_000);
  if (expiresAt <= now) throw new IdentityError('invalid', 'an invite must expire in the future');
  if (expiresAt.getTime() - now.getTime() > MAX_INVITE_DAYS * 86_400_000) {
    throw new IdentityError('invalid', `an invite may last at most ${MAX_INVITE_DAYS} days`);
  }
  const singleUse = req.singleUse ?? true;
  const jti = randomUUID();
  await trx
    .insertInto('invites')
    .values({
      jti,
      scope_kind: req.scope.kind,
      scope_id: req.scope.id,
      guest_kind: req.guestKind,
      display_name: req.displayName ?? null,
      appointment_id: req.appointmentId ?? null,
      expires_at: expiresAt,
      window_start: window?.start ?? null,
      window_end: window?.end ?? null,
      single_use: singleUse,
      used_at: null,
      revoked_at: null,
      revoked_by: null,
      created_by: actor.id,
      patient_id: req.patientId ?? null,
      fixed_link_id: req.fixedLinkId ?? null,
      date_of_birth: req.dateOfBirth ?? null,
    })
    .execute();
  await appendAudit(trx, {
    actor,
    action: 'invite.issue',
    resource: { type: 'invite', id: jti },
    ip: where.ip ?? null,
    details: {
      scope: req.scope,
      guest_kind: req.guestKind,
      single_use: singleUse,
      expires_at: expiresAt.toISOString(),
      patient_id: req.patientId ?? null,
      fixed_link_id: req.fixedLinkId ?? null,
    },
  });
  const token = deps.tokens.issueInvite({ jti, scope: req.scope, guest: req.guestKind }, expiresAt);
  return { jti, token, expiresAt, window, singleUse };
}
