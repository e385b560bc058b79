import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Where an external clinician's link stands, as the coordinator's list says it. */
export type ExternalInviteStatus = 'not_used' | 'used' | 'withdrawn';

/** A meeting's link for an external clinician as the coordinator sees it (never its token). */
export interface ExternalInviteView {
  jti: string;
  name: string;
  roleAndOrganisation: string;
  email: string | null;
  opensAt: Date;
  closesAt: Date;
  status: ExternalInviteStatus;
  usedAt: Date | null;
  invitedBy: string;
  createdAt: Date;
}

/** The meeting's external links, newest first, or just the one with `jti`. */
export async function readExternalInvites(
  db: Kysely<Database>,
  meetingId: string,
  jti?: string,
): Promise<ExternalInviteView[]> {
  let q = db
    .selectFrom('mdt_external_invites as x')
    .innerJoin('invites as i', 'i.jti', 'x.jti')
    .innerJoin('users as u', 'u.id', 'i.created_by')
    .select(['x.jti', 'x.role_and_organisation', 'x.email', 'i.display_name', 'i.window_start', 'i.window_end'])
    .select(['i.used_at', 'i.revoked_at', 'i.created_at', 'u.display_name as invited_by'])
    .where('x.meeting_id', '=', meetingId);
  if (jti) q = q.where('x.jti', '=', jti);
  const rows = await q.orderBy('i.created_at', 'desc').orderBy('x.jti').execute();
  return rows.map((r) => ({
    jti: r.jti,
    name: r.display_name ?? '',
    roleAndOrganisation: r.role_and_organisation,
    email: r.email,
    opensAt: r.window_start!,
    closesAt: r.window_end!,
    status: r.revoked_at ? 'withdrawn' : r.used_at ? 'used' : 'not_used',
    usedAt: r.used_at,
    invitedBy: r.invited_by,
    createdAt: r.created_at,
  }));
}
