import type { Kysely } from 'kysely';
import type { Database, GuestKind, Invite } from '../db/schema';
import type { IdentityError, IdentityErrorCode } from './identity-error';
import { fromTokenError, inviteRefusal, notValid } from './invite-refusals';
import type { InviteDeps } from './invite-types';

/** What the join page learns before showing any form: whether the link works, and if not why. */
export type InviteCheck =
  | { status: 'valid'; guestKind: GuestKind; name: string | null; fixedLink: boolean }
  | { status: IdentityErrorCode; message: string };

const answer = (e: IdentityError): InviteCheck => ({ status: e.code, message: e.message });

/** The name to offer the guest: what the link was made out to, else the patient it names. */
export async function prefillName(
  db: Kysely<Database>,
  invite: Pick<Invite, 'display_name' | 'patient_id'>,
): Promise<string | null> {
  if (invite.display_name) return invite.display_name;
  if (!invite.patient_id) return null;
  const p = await db
    .selectFrom('patients')
    .select(['given_name', 'family_name'])
    .where('id', '=', invite.patient_id)
    .executeTakeFirst();
  return p ? `${p.given_name} ${p.family_name}` : null;
}

/**
 * Checks a link as redeeming it would, without using it up or writing anything, so a reused,
 * expired or closed-clinic link is explained before the guest fills in a form for nothing.
 */
export async function checkInvite(deps: InviteDeps, token: string | undefined): Promise<InviteCheck> {
  const now = deps.now?.() ?? new Date();
  let jti: string;
  try {
    jti = deps.tokens.verifyInvite(token).jti;
  } catch (err) {
    return answer(fromTokenError(err));
  }
  const invite = await deps.db.selectFrom('invites').selectAll().where('jti', '=', jti).executeTakeFirst();
  if (!invite) return answer(notValid());
  const refused = await inviteRefusal(deps.db, invite, now);
  if (refused) return answer(refused);
  const name = await prefillName(deps.db, invite);
  return { status: 'valid', guestKind: invite.guest_kind, name, fixedLink: invite.fixed_link_id !== null };
}
