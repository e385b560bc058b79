import assert from 'node:assert/strict';
import { InviteRoutes } from '../../contracts/http/invites';
import { MdtRoutes as M } from '../../contracts/http/mdt';
import { MdtExternalRoutes as X } from '../../contracts/http/mdt-external';
import type { MdtApi } from './mdt-api';

const MINUTE = 60_000;

/** Whom the tests invite: a consultant from another trust, as a coordinator would write them down. */
export const JANE = {
  name: 'Dr Jane Roe',
  roleAndOrganisation: 'Consultant radiologist, St Elsewhere NHS FT',
  email: 'jane.roe@nhs.net',
};

/**
 * External clinicians over the MDT test API: meetings scheduled by the demo coordinator (starting
 * `inMinutes` from now, two hours long, chaired by the MDT's usual chair unless told), links made for
 * them by whoever is asking, and those links opened as the join page opens them.
 */
export function externals(a: MdtApi) {
  async function meeting(inMinutes: number, chairUserId?: string) {
    const startsAt = new Date(Date.now() + inMinutes * MINUTE);
    const body = {
      serviceId: a.ids.mdt,
      title: `Lung MDT in ${inMinutes} minutes`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 120 * MINUTE).toISOString(),
      ...(chairUserId ? { chairUserId } : {}),
    };
    const made = await a.call(M.schedule, undefined, { as: a.as.coordinator, body });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return made.body as { id: string; startsAt: string; endsAt: string };
  }
  const invite = (meetingId: string, as: string, body: unknown = JANE) => a.call(X.invite, meetingId, { as, body });
  /** A link made by the coordinator, its token out of the link's fragment. */
  async function link(meetingId: string) {
    const made = await invite(meetingId, a.as.coordinator);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return { jti: String(made.body.jti), token: String(made.body.link).split('#invite=')[1]! };
  }
  const check = (token: string) => a.call(InviteRoutes.check, undefined, { body: { token } });
  const redeem = (token: string, name = 'Someone Else') =>
    a.call(InviteRoutes.redeem, undefined, { body: { token, name } });
  /** A link opened: the external clinician's access token. */
  async function signedIn(meetingId: string) {
    const l = await link(meetingId);
    const opened = await redeem(l.token);
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    return { ...l, accessToken: String(opened.body.accessToken), guest: opened.body.guest };
  }
  return { meeting, invite, link, check, redeem, signedIn };
}
