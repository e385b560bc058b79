import { AuthRoutes } from '../../../contracts/http/auth';
import { ConsultationRoutes } from '../../../contracts/http/consultations';
import { InviteRoutes } from '../../../contracts/http/invites';
import { MdtOutcomeRoutes } from '../../../contracts/http/mdt-outcomes';
import type { Answer } from '../../../contracts/http/route';
import { ServiceRoutes, type ServiceSummary } from '../../../contracts/http/services';
import type { GuestKind } from '../../../contracts/vocabulary';
import { apiFetch } from '../http/api-fetch';

/** Who the signed-in member of staff is, as `/api/me` says. */
export type Me = Answer<typeof AuthRoutes.me>;
export type { ServiceSummary };

/** Staff pages send someone whose sign-in has lapsed to sign in again, and back. */
const staff = { signInOn401: true } as const;

export const fetchMe = (): Promise<Me> => apiFetch(AuthRoutes.me, staff);
export const fetchMyServices = (): Promise<{ services: ServiceSummary[]; transferTargets: ServiceSummary[] }> =>
  apiFetch(ServiceRoutes.mine, staff);

/** The link made, and when it stops working (dates as ISO strings). */
export type CreatedInvite = Answer<typeof InviteRoutes.create>;

/**
 * A link for someone to join: a consultation (an interpreter, a relative) or a service's waiting
 * area (a patient sent the link by text message).
 */
export async function createInvite(
  scope: { kind: 'consultation' | 'service'; id: string },
  guestKind: string,
  displayName: string,
): Promise<CreatedInvite> {
  // The form offers only the guest kinds there are; the server checks it all the same.
  const body = { scope, guestKind: guestKind as GuestKind, displayName: displayName || undefined };
  return apiFetch(InviteRoutes.create, { body });
}

/** A colleague in the staff directory: someone on the same services. */
export type Colleague = Answer<typeof ConsultationRoutes.directory>['staff'][number];

export const fetchDirectory = async (): Promise<Colleague[]> =>
  (await apiFetch(ConsultationRoutes.directory, staff)).staff;

/** An open action the signed-in person owns, from a signed MDT outcome. */
export type MyMdtAction = Answer<typeof MdtOutcomeRoutes.myActions>['actions'][number];

/** The caller's own open MDT actions, soonest due first. */
export const fetchMyMdtActions = async (): Promise<MyMdtAction[]> =>
  (await apiFetch(MdtOutcomeRoutes.myActions, staff)).actions;
