'use client';
import { useCallback } from 'react';
import { OrganisationViewRoutes } from '../../../contracts/http/organisation-views';
import type { Answer } from '../../../contracts/http/route';
import { useAdminData, type Loaded } from '../admin/use-admin-data';
import { apiFetch } from '../http/api-fetch';

/** The care home's page as the browser holds it. */
export type CareHomePage = Answer<typeof OrganisationViewRoutes.careHome>;

/**
 * Loads the care home's page. Without a sign-in it goes to sign-in and comes back; a 403 (a member
 * of staff who is not care-home staff) is kept apart so the page can say so plainly.
 */
export function useCareHome(): Loaded<CareHomePage> {
  const load = useCallback(() => apiFetch(OrganisationViewRoutes.careHome, { signInOn401: true }), []);
  return useAdminData(load).loaded;
}
