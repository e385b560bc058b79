import type { Browser, Page } from '@playwright/test';
import type { RunningConvene } from '../../server/app';
import { serviceId, staffDashboard } from './consultation';
import type { Peers } from './fixtures';

/** The demo hub every demo nurse and clinician works, by the name its queue shows. */
export const HUB_NAME = '24/7 Care Home Support Hub';

/** The nurse's dashboard page, the hub's id, and a second browser for the guest who follows a link. */
export interface HubNurse {
  staff: Page;
  hub: string;
  guestBrowser: Browser;
}

/**
 * The start most link specs share: the hub's nurse signed in on the dashboard with its queue live,
 * and a browser of the guest's own (separate, so no sign-in cookie is shared).
 */
export async function hubNurse(convene: RunningConvene, peers: Peers): Promise<HubNurse> {
  const [staffBrowser, guestBrowser] = await Promise.all([peers.launch(), peers.launch()]);
  const staff = await staffDashboard(staffBrowser, convene, 'demo.nurse');
  return { staff, hub: await serviceId(staff, HUB_NAME), guestBrowser };
}
