'use client';
import { useCallback } from 'react';
import { OrganisationViewRoutes } from '../../../contracts/http/organisation-views';
import type { Answer } from '../../../contracts/http/route';
import { useAdminData, type Loaded } from '../admin/use-admin-data';
import { apiFetch } from '../http/api-fetch';

/** The prison's page as the browser holds it. */
export type PrisonTodayPage = Answer<typeof OrganisationViewRoutes.prisonToday>;

/**
 * Loads today's appointments for the prison. Without a sign-in it goes to sign-in and comes back; a
 * 403 (a member of staff who is not prison staff) is kept apart so the page can say so plainly.
 */
export function usePrisonToday(): Loaded<PrisonTodayPage> {
  const load = useCallback(() => apiFetch(OrganisationViewRoutes.prisonToday, { signInOn401: true }), []);
  return useAdminData(load).loaded;
}
