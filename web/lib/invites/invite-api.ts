import type { z } from 'zod';
import { FixedLinkRoutes, FixedLinkState } from '../../../contracts/http/fixed-links';
import { CreateInvite, InviteRoutes } from '../../../contracts/http/invites';
import { PatientRoutes, type PatientMatch } from '../../../contracts/http/patients';
import { apiFetch } from '../http/api-fetch';

/** The patient a link names, as the invite form holds them. */
export type InvitePatient = NonNullable<z.input<typeof CreateInvite>['patient']>;
export type { PatientMatch };
/** A service's fixed link as the panel shows it. */
export type FixedLink = z.infer<typeof FixedLinkState>;

const staff = { signInOn401: true } as const;

/** Patients of the service's organisation matching a name or an NHS number. */
export async function searchPatients(serviceId: string, query: string): Promise<PatientMatch[]> {
  return (await apiFetch(PatientRoutes.search, { ...staff, body: { serviceId, query } })).patients;
}

/** A link naming its patient, so their consultation and record carry them. */
export async function createPatientInvite(
  scope: { kind: 'consultation' | 'service'; id: string },
  guestKind: z.input<typeof CreateInvite>['guestKind'],
  displayName: string,
  patient: InvitePatient | undefined,
) {
  const body = { scope, guestKind, displayName: displayName || undefined, patient };
  return apiFetch(InviteRoutes.create, { ...staff, body });
}

/** Whether the service's fixed link is on, with its address and QR code. */
export const fetchFixedLink = (serviceId: string): Promise<FixedLink> =>
  apiFetch(FixedLinkRoutes.get, { ...staff, params: { serviceId } });

/** Turns it on (a new link) or off (the printed one stops working). */
export const switchFixedLink = (serviceId: string, on: boolean): Promise<FixedLink> =>
  apiFetch(FixedLinkRoutes.set, { ...staff, params: { serviceId }, body: { on } });
