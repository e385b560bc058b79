import { ServiceRoutes } from '../../../contracts/http/services';
import { apiFetch } from '../http/api-fetch';
import { M, mdtCall, type MdtTeamSettings, type MeetingSummary } from './mdt-api';

/** What the MDT home page shows: the meetings coming up and lately held, and each of the person's MDTs. */
export interface MdtHome {
  upcoming: MeetingSummary[];
  recent: MeetingSummary[];
  /** The MDTs the person is on, with their teams; `canManage` on those they may schedule for. */
  mdts: MdtTeamSettings[];
}

/**
 * The MDT home page's data: the meetings, then the person's MDT services and each one's set-up (its
 * team is who can be asked to a meeting). The server decides who may schedule; the page only asks.
 */
export async function loadMdtHome(): Promise<MdtHome> {
  const [meetings, mine] = await Promise.all([
    mdtCall(M.meetings, {}),
    apiFetch(ServiceRoutes.mine, { signInOn401: true }),
  ]);
  const ids = mine.services.filter((s) => s.kind === 'mdt').map((s) => s.id);
  const mdts = await Promise.all(ids.map((id) => mdtCall(M.settings, { params: { id } })));
  return { ...meetings, mdts };
}
