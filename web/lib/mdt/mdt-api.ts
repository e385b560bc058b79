import { MdtRoutes } from '../../../contracts/http/mdt';
import type { Answer, HttpRoute } from '../../../contracts/http/route';
import { apiFetch, type Call } from '../http/api-fetch';

/** The MDT pages' routes, by name. */
export const M = MdtRoutes;

/** A meeting with its case list, as the meeting page holds it. */
export type MeetingDetail = Answer<typeof MdtRoutes.meeting>;
/** One case of the list, as the page shows it. */
export type CaseOnList = MeetingDetail['cases'][number];

/** Calls an MDT route as a staff page does: a missing sign-in goes to the sign-in page and comes back. */
export function mdtCall<R extends HttpRoute>(route: R, call: Call<R>): Promise<Answer<R>> {
  return apiFetch(route, { ...call, signInOn401: true });
}
/** An MDT's set-up with its team, as the schedule form and the settings page hold it. */
export type MdtTeamSettings = Answer<typeof MdtRoutes.settings>;
/** A meeting in the lists of the MDT home page. */
export type MeetingSummary = Answer<typeof MdtRoutes.meetings>['upcoming'][number];
