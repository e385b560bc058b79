import type { Browser, Page } from '@playwright/test';
import type { RunningConvene } from '../server/app';
import { callInProgress, decodingEachOther, endForEveryone, pageHeading, screenshots } from './support/calls';
import { guestArrives, inviteLink, queueEntry, remoteVideos, serviceId, staffDashboard } from './support/consultation';
import { expect, test } from './support/fixtures';

const HUB = '24/7 Care Home Support Hub';

/** A clinician on their dashboard, in a call with a guest they admitted from the hub's queue. */
async function inCall(convene: RunningConvene, bClin: Browser, bGuest: Browser, guestName: string) {
  const clinician = await staffDashboard(bClin, convene, 'demo.clinician');
  const hub = await serviceId(clinician, HUB);
  const { link } = await inviteLink(clinician, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  const guest = await guestArrives(bGuest, link, guestName);
  await expect(pageHeading(guest)).toHaveText('Waiting to be seen');
  await queueEntry(clinician, hub, guestName)
    .getByRole('button', { name: `See ${guestName}` })
    .click();
  const active = clinician.getByTestId('active-consultation');
  await expect(active).toBeVisible({ timeout: 20_000 });
  await decodingEachOther(clinician, guest);
  await expect(pageHeading(guest)).toHaveText('In your video consultation');
  return { clinician, guest, hub, consultationId: (await active.getAttribute('data-consultation-id'))! };
}

const inTheCall = (page: Page) => page.getByTestId('call');

test('a clinician who leaves puts the guest on hold; the call waits under "Calls in progress" and rejoining brings both videos back', async ({
  convene,
  peers,
}) => {
  const [bClin, bGuest] = await Promise.all([peers.launch(), peers.launch()]);
  const { clinician, guest, hub } = await inCall(convene, bClin, bGuest, 'Joan Baker');

  await clinician.getByRole('button', { name: 'Leave call' }).click();
  await expect(inTheCall(clinician)).toHaveCount(0);
  await expect(pageHeading(guest)).toHaveText('Waiting to be seen');
  await expect(guest.getByTestId('held-notice')).toBeVisible();
  await expect(guest.getByTestId('held-message')).toHaveText(/\w/);
  await expect(inTheCall(guest)).toHaveCount(0);

  const held = callInProgress(clinician, hub, 'Joan Baker');
  await expect(held).toContainText('On hold — clinician left');
  await screenshots(clinician, 'dashboard-call-on-hold');
  await screenshots(guest, 'guest-held');
  await held.getByRole('button', { name: 'Rejoin the call with Joan Baker' }).click();
  await decodingEachOther(clinician, guest);
  await expect(pageHeading(guest)).toHaveText('In your video consultation');
  await expect(callInProgress(clinician, hub, 'Joan Baker')).toHaveCount(0);
  await endForEveryone(clinician, guest);
});

test('a clinician who reloads the dashboard mid-call is back in the same call, both decoding video', async ({
  convene,
  peers,
}) => {
  const [bClin, bGuest] = await Promise.all([peers.launch(), peers.launch()]);
  const { clinician, guest, consultationId } = await inCall(convene, bClin, bGuest, 'Walter Grey');

  await clinician.reload();
  await expect(clinician.getByTestId('active-consultation')).toHaveAttribute('data-consultation-id', consultationId, {
    timeout: 20_000,
  });
  await decodingEachOther(clinician, guest);
  await expect(pageHeading(guest)).toHaveText('In your video consultation');
  await screenshots(clinician, 'dashboard-in-call');
  await screenshots(guest, 'guest-in-call');
  await endForEveryone(clinician, guest);
});

test('a guest who leaves sees "You have left the call" and can rejoin; the clinician sees them go and come back', async ({
  convene,
  peers,
}) => {
  const [bClin, bGuest] = await Promise.all([peers.launch(), peers.launch()]);
  const { clinician, guest, hub } = await inCall(convene, bClin, bGuest, 'Iris Moore');

  await guest.getByRole('button', { name: 'Leave call' }).click();
  await expect(pageHeading(guest)).toHaveText('You have left the call');
  await expect(inTheCall(guest)).toHaveCount(0);
  // Not sent back to the form: no name, no consent again.
  await expect(guest.getByLabel('Your name')).toHaveCount(0);
  await expect(remoteVideos(clinician)).toHaveCount(0);
  await expect(inTheCall(clinician)).toContainText('Waiting for others to join.');
  await expect(callInProgress(clinician, hub, 'Iris Moore')).toHaveCount(0);
  await screenshots(guest, 'guest-left');

  await guest.getByRole('button', { name: 'Rejoin' }).click();
  await expect(pageHeading(guest)).toHaveText('In your video consultation');
  await decodingEachOther(clinician, guest);
  await expect(inTheCall(clinician)).toContainText('2 people in this call.');
  await endForEveryone(clinician, guest);
});
