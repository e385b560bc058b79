import { AuthRoutes } from '../../../contracts/http/auth';
import { MdtExternalRoutes as X } from '../../../contracts/http/mdt-external';
import type { Answer, RequestBody } from '../../../contracts/http/route';
import { apiFetch } from '../http/api-fetch';

/** A meeting's link for an external clinician, as its coordinator's list shows it. */
export type ExternalInvite = Answer<typeof X.invites>['invites'][number];
/** The link just made: shown once, with its address. */
export type CreatedExternalInvite = Answer<typeof X.invite>;
/** What the coordinator writes down about whom they invite. */
export type NewExternalInvite = RequestBody<typeof X.invite>;

/** The coordinator's pages send someone whose sign-in has lapsed to sign in again, and back. */
const staff = { signInOn401: true } as const;

export const listExternalInvites = async (meetingId: string): Promise<ExternalInvite[]> =>
  (await apiFetch(X.invites, { ...staff, params: { id: meetingId } })).invites;

export const inviteExternal = (meetingId: string, body: NewExternalInvite) =>
  apiFetch(X.invite, { ...staff, params: { id: meetingId }, body });

export const withdrawExternal = (jti: string) => apiFetch(X.withdraw, { ...staff, params: { jti }, body: {} });

/** Who is looking at the meeting page, to offer the panel only to its coordinator or chair. */
export const fetchMe = () => apiFetch(AuthRoutes.me, staff);
