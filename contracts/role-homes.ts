import type { StaffRole } from './vocabulary';

/**
 * The page each role starts on after signing in, so a care home or a prison lands on what it does
 * rather than an empty list of queues. Shared here so the sign-in page and the header name the same place.
 */
const HOMES: Readonly<Record<StaffRole, string>> = {
  clinician: '/dashboard',
  nurse: '/dashboard',
  coordinator: '/dashboard',
  admin: '/admin',
  care_home_staff: '/care-home',
  prison_staff: '/prison',
};

/** Where a member of staff in `role` starts: their queues, the administration, or their organisation's page. */
export function homeFor(role: StaffRole): string {
  return HOMES[role];
}
