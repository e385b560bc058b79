import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, GuestKind, Invite, InviteScope } from '../db/schema';
import { closure } from '../contracts/opening-hours';
import { appendAudit } from '../audit/audit-log';
import { IdentityError } from './identity-error';
import type { Where } from './sessions';
import { TokenError, type TokenService } from './tokens';

/** A patient may arrive a little early or run over; the link works this much either side of the slot. */
export const WINDOW_GRACE_BEFORE_MINUTES = 15;
export const WINDOW_GRACE_AFTER_MINUTES = 30;
export const DEFAULT_INVITE_HOURS = 24;
export const MAX_INVITE_DAYS = 30;
export const GUEST_ACCESS_TTL_SECONDS = 2 * 3600;

export interface InviteRequest {
  scope: { kind: InviteScope; id: string };
  guestKind: GuestKind;
  displayName?: string | null;
  /** Bind the link to this appointment's time (plus grace); its expiry follows the slot. */
  appointmentId?: string | null;
  /** Or to an explicit window, before grace is added. */
  window?: { start: Date; end: Date } | null;
  expiresAt?: Date | null;
  singleUse?: boolean;
}

export interface IssuedInvite {
  jti: string;
  token: string;
  expiresAt: Date;
  window: { start: Date; end: Date } | null;
  singleUse: boolean;
}

export interface GuestAccess {
  accessToken: string;
  accessExpiresAt: Date;
  guest: { id: string; name: string; kind: GuestKind; scope: { kind: InviteScope; id: string } };
}

export interface InviteDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  now?: () => Date;
}

const minutes = (n: number): number => n * 60_000;

async function scopeExists(db: Kysely<Database>, scope: InviteRequest['scope']): Promise<boolean> {
  const table = scope.kind === 'consultation' ? 'consultations' : 'services';
  return !!(await db.selectFrom(table).select('id').where('id', '=', scope.id).executeTakeFirst());
}

async function windowFor(db: Kysely<Database>, req: InviteRequest): Promise<{ start: Date; end: Date } | null> {
  let slot = req.window ?? null;
  if (req.appointmentId) {
    const a = await db
      .selectFrom('appointments')
      .select(['starts_at', 'ends_at', 'cancelled_at'])
      .where('id', '=', req.appointmentId)
      .executeTakeFirst();
    if (!a || a.cancelled_at) throw new IdentityError('not_found', 'there is no such appointment, or it was cancelled');
    slot = { start: a.starts_at, end: a.ends_at };
  }
  if (!slot) return null;
  if (slot.end <= slot.start) throw new IdentityError('invalid', 'a time window must end after it starts');
  return {
    start: new Date(slot.start.getTime() - minutes(WINDOW_GRACE_BEFORE_MINUTES)),
    end: new Date(slot.end.getTime() + minutes(WINDOW_GRACE_AFTER_MINUTES)),
  };
}

/** Creates a link for a patient or guest: stored (so it can be revoked and used up) and signed. */
export async function issueInvite(
  deps: InviteDeps,
  req: InviteRequest,
  actor: { id: string; role: string },
  where: Where = {},
): Promise<IssuedInvite> {
  const now = deps.now?.() ?? new Date();
  if (!(await scopeExists(deps.db, req.scope)))
    throw new IdentityError('not_found', `there is no such ${req.scope.kind}`);
  const window = await windowFor(deps.db, req);
  const expiresAt = req.expiresAt ?? window?.end ?? new Date(now.getTime() + DEFAULT_INVITE_HOURS * 3600_000);
  if (expiresAt <= now) throw new IdentityError('invalid', 'an invite must expire in the future');
  if (expiresAt.getTime() - now.getTime() > MAX_INVITE_DAYS * 86_400_000) {
    throw new IdentityError('invalid', `an invite may last at most ${MAX_INVITE_DAYS} days`);
  }
  const singleUse = req.singleUse ?? true;
  const jti = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
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
      },
    });
  });
  const token = deps.tokens.issueInvite({ jti, scope: req.scope, guest: req.guestKind }, expiresAt);
  return { jti, token, expiresAt, window, singleUse };
}

const londonTime = (d: Date): string =>
  d.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** Why this stored invite cannot be used now, or null when it can. */
function refusal(invite: Invite, now: Date): IdentityError | null {
  if (invite.revoked_at)
    return new IdentityError('revoked', 'This link has been withdrawn. Ask the clinic for a new one.');
  if (invite.expires_at <= now)
    return new IdentityError('expired', 'This link has expired. Ask the clinic for a new one.');
  if (invite.window_start && invite.window_end && (now < invite.window_start || now > invite.window_end)) {
    return new IdentityError(
      'outside_window',
      `This link works from ${londonTime(invite.window_start)} to ${londonTime(invite.window_end)}.`,
    );
  }
  if (invite.single_use && invite.used_at) return new IdentityError('used', 'This link has already been used.');
  return null;
}

/**
 * A link to a waiting area is refused while the service is closed, before it is used up, so the
 * guest is told when to come back rather than finding out after the pre-call check.
 */
async function closedService(trx: Transaction<Database>, invite: Invite, now: Date): Promise<IdentityError | null> {
  if (invite.scope_kind !== 'service') return null;
  const service = await trx
    .selectFrom('services')
    .select(['name', 'opening_hours'])
    .where('id', '=', invite.scope_id)
    .executeTakeFirst();
  if (!service) return new IdentityError('invalid', 'The service this link is for no longer exists.');
  const closed = closure(service, now);
  return closed && new IdentityError('closed', closed.message);
}

function fromTokenError(err: unknown): IdentityError {
  if (err instanceof TokenError && err.code === 'expired') {
    return new IdentityError('expired', 'This link has expired. Ask the clinic for a new one.');
  }
  if (err instanceof TokenError && err.code === 'missing')
    return new IdentityError('missing', 'No invite link was given.');
  return new IdentityError('invalid', 'This link is not valid. Check it was copied in full.');
}

/**
 * Exchanges an invite link for a guest's access token. The stored invite is locked, checked and
 * marked used in one transaction, so a single-use link admits exactly one person however many
 * times it is opened at once.
 */
export async function redeemInvite(
  deps: InviteDeps,
  token: string | undefined,
  guestName: string | null,
  where: Where = {},
): Promise<GuestAccess> {
  const now = deps.now?.() ?? new Date();
  let claims;
  try {
    claims = deps.tokens.verifyInvite(token);
  } catch (err) {
    throw fromTokenError(err);
  }
  const resource = { type: 'invite', id: claims.jti };
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites')
      .selectAll()
      .where('jti', '=', claims.jti)
      .forUpdate()
      .executeTakeFirst();
    if (!invite) return { error: new IdentityError('invalid', 'This link is not valid. Check it was copied in full.') };
    const refused = refusal(invite, now) ?? (await closedService(trx, invite, now));
    if (refused) return { error: refused };
    const { use_count } = await trx
      .updateTable('invites')
      .set((eb) => ({ use_count: eb('use_count', '+', 1), used_at: eb.fn.coalesce('used_at', eb.val(now)) }))
      .where('jti', '=', invite.jti)
      .returning('use_count')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { action: 'invite.use', resource, ip: where.ip ?? null, details: { use: use_count } });
    return { invite, use: use_count, error: null };
  });
  if (outcome.error) {
    const error = outcome.error;
    await appendAudit(deps.db, {
      action: 'invite.refused',
      resource,
      ip: where.ip ?? null,
      details: { reason: error.code },
    });
    throw error;
  }
  const { invite, use } = outcome;
  const scope = { kind: invite.scope_kind, id: invite.scope_id };
  const guest = {
    id: invite.single_use ? `guest-${invite.jti}` : `guest-${invite.jti}-${use}`,
    name: (guestName?.trim() || invite.display_name || 'Guest').slice(0, 80),
    kind: invite.guest_kind,
    scope,
  };
  const accessToken = deps.tokens.issueAccess(
    {
      sub: guest.id,
      role: 'guest',
      name: guest.name,
      scope,
      guest: guest.kind,
      inv: invite.jti,
    },
    GUEST_ACCESS_TTL_SECONDS,
  );
  return { accessToken, accessExpiresAt: new Date(now.getTime() + GUEST_ACCESS_TTL_SECONDS * 1000), guest };
}

export async function revokeInvite(
  deps: InviteDeps,
  jti: string,
  actor: { id: string; role: string },
  where: Where = {},
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('invites')
      .set({ revoked_at: now, revoked_by: actor.id })
      .where('jti', '=', jti)
      .where('revoked_at', 'is', null)
      .returning('jti')
      .executeTakeFirst();
    if (!revoked) throw new IdentityError('not_found', 'there is no such invite, or it was already withdrawn');
    await appendAudit(trx, {
      actor,
      action: 'invite.revoke',
      resource: { type: 'invite', id: jti },
      ip: where.ip ?? null,
    });
  });
}
