import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { callInProgress, decodingEachOther, endForEveryone, pageHeading } from './support/calls';
import { guestArrives, inviteLink, queueEntry, remoteVideos, serviceId, staffDashboard } from './support/consultation';
import { expect, test } from './support/fixtures';
import { framesDecoded } from './support/probes';

const HUB = '24/7 Care Home Support Hub';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const remoteTile = (page: Page) => page.locator('[data-testid="tile"][data-local="false"][data-source="camera"]');
const ownTile = (page: Page) => page.locator('[data-testid="tile"][data-local="true"]');
const box = async (l: Locator) => (await l.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
const widthOf = async (l: Locator) => (await box(l)).width;
mkdirSync('/tmp/shots', { recursive: true });
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage });
/** A guest with a link of their own to the hub's waiting area. */
async function hubGuest(staff: Page, hub: string, browser: Browser, name: string): Promise<Page> {
  const { link } = await inviteLink(staff, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  const guest = await guestArrives(browser, link, name);
  await expect(queueEntry(staff, hub, name)).toBeVisible();
  return guest;
}

test('in a call the video takes the dashboard: the queues fold to one line, the heading names the patient, the side panel folds away', async ({
  convene,
  peers,
}) => {
  const [bClin, bGuest, bWaiting] = await Promise.all([peers.launch(), peers.launch(), peers.launch()]);
  const clinician = await staffDashboard(bClin, convene, 'demo.clinician');
  await clinician.setViewportSize(DESKTOP);
  const hub = await serviceId(clinician, HUB);
  const waiting = await hubGuest(clinician, hub, bWaiting, 'Reg Waters');
  const guest = await hubGuest(clinician, hub, bGuest, 'Cora Fielding');

  await queueEntry(clinician, hub, 'Cora Fielding').getByRole('button', { name: 'See Cora Fielding' }).click();
  await expect(clinician.getByTestId('active-consultation')).toBeVisible({ timeout: 20_000 });
  await decodingEachOther(clinician, guest);

  await test.step('desktop: the call has the screen, the queues are one line, the heading names the patient', async () => {
    await expect(pageHeading(clinician)).toHaveText('Video consultation with Cora Fielding');
    // Wherever the button that started it was on the page, the call starts at its heading.
    await expect(pageHeading(clinician)).toBeFocused();
    await expect(pageHeading(clinician)).toBeInViewport();
    await expect(remoteTile(clinician)).toBeInViewport();
    await expect(clinician.getByTestId('queue')).toHaveCount(0);
    await expect(clinician.getByText('Invite someone to this waiting area')).toHaveCount(0);
    await expect(clinician.getByTestId('calls-in-progress')).toHaveCount(0);
    // Reg Waters at least; specs before this one on the same server may have left callers in the hub's queue.
    await expect(clinician.getByTestId('queue-summary')).toContainText(new RegExp(`[1-9]\\d* waiting in ${HUB}`));
    await expect.poll(() => widthOf(remoteTile(clinician))).toBeGreaterThanOrEqual(560);
    expect(await widthOf(ownTile(clinician))).toBeLessThan((await widthOf(remoteTile(clinician))) / 2);
    await shot(clinician, 'call-desktop');
  });

  const toggle = clinician.getByRole('button', { name: /side panel$/ });
  const panel = clinician.getByTestId('side-panel');
  const shownWidth = await widthOf(remoteTile(clinician));
  await test.step('the side panel folds away, giving the video the width, and comes back', async () => {
    await expect(toggle).toHaveText('Hide side panel');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!);
    await expect(clinician.getByRole('region', { name: 'Consultation' })).toBeVisible();

    await toggle.click();
    await expect(toggle).toHaveText('Show side panel');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await expect.poll(() => widthOf(remoteTile(clinician))).toBeGreaterThanOrEqual(900);
    await expect
      .poll(() => framesDecoded(remoteVideos(clinician).first(), 1000), { timeout: 20_000 })
      .toBeGreaterThan(3);
    await shot(clinician, 'call-desktop-panel-hidden');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(clinician.getByRole('region', { name: 'Consultation' })).toBeVisible();
    await expect.poll(() => widthOf(remoteTile(clinician))).toBeCloseTo(shownWidth, 0);
  });

  await test.step('phone: the other person first and full width, one’s own video small over them, the panel below', async () => {
    await clinician.setViewportSize(PHONE);
    await expect.poll(() => widthOf(remoteTile(clinician))).toBeGreaterThanOrEqual(PHONE.width - 40);
    const [remote, own, side] = await Promise.all([box(remoteTile(clinician)), box(ownTile(clinician)), box(panel)]);
    expect(own.width).toBeLessThan(remote.width / 2);
    // Over the remote video, not beside or below it.
    expect(own.x).toBeGreaterThan(remote.x);
    expect(own.x + own.width).toBeLessThanOrEqual(remote.x + remote.width);
    expect(own.y).toBeGreaterThanOrEqual(remote.y);
    expect(own.y + own.height).toBeLessThanOrEqual(remote.y + remote.height);
    expect(side.y).toBeGreaterThanOrEqual(remote.y + remote.height);
    expect(await clinician.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(clinician, 'call-phone', true);
    await clinician.setViewportSize(DESKTOP);
  });

  await test.step('ended: the queues are back as they were', async () => {
    await endForEveryone(clinician, guest);
    await expect(pageHeading(clinician)).toHaveText('Dr Asha Patel: your queues');
    await expect(queueEntry(clinician, hub, 'Reg Waters')).toBeVisible();
    await expect(clinician.getByTestId('queue-summary')).toHaveCount(0);
    await queueEntry(clinician, hub, 'Reg Waters').getByRole('button', { name: 'End for Reg Waters' }).click();
    await expect(waiting.getByTestId('consultation-ended')).toBeVisible();
  });
});

test('a colleague asked in while in another call is told so, joins once out of it, and the heading names the patient', async ({
  convene,
  peers,
}) => {
  const browsers = await Promise.all([peers.launch(), peers.launch(), peers.launch(), peers.launch()]);
  const [doctor, nurse] = await Promise.all([
    staffDashboard(browsers[0], convene, 'demo.clinician'),
    staffDashboard(browsers[1], convene, 'demo.nurse'),
  ]);
  const hub = await serviceId(nurse, HUB);
  const ada = await hubGuest(doctor, hub, browsers[2], 'Ada Quill');
  const ben = await hubGuest(nurse, hub, browsers[3], 'Ben Quarry');
  await queueEntry(doctor, hub, 'Ada Quill').getByRole('button', { name: 'See Ada Quill' }).click();
  await expect(pageHeading(doctor)).toHaveText('Video consultation with Ada Quill', { timeout: 20_000 });
  await queueEntry(nurse, hub, 'Ben Quarry').getByRole('button', { name: 'See Ben Quarry' }).click();
  await expect(pageHeading(nurse)).toHaveText('Video consultation with Ben Quarry', { timeout: 20_000 });

  await nurse
    .getByRole('region', { name: 'Consultation' })
    .getByRole('button', { name: 'Ask Dr Asha Patel to join' })
    .click();
  const asked = doctor.getByTestId('colleague-asked');
  await expect(asked).toContainText('Tom Reid asks you to join a call');
  await expect(asked).toContainText('once you have left the call you are in');
  await expect(asked.getByRole('button')).toHaveCount(0);
  await doctor.setViewportSize(DESKTOP);
  await shot(doctor, 'call-asked-desktop');

  await doctor.getByRole('button', { name: 'Leave call' }).click();
  await expect(callInProgress(doctor, hub, 'Ada Quill')).toBeVisible();
  await asked.getByRole('button', { name: 'Join the call' }).click();
  await expect(pageHeading(doctor)).toHaveText('Video consultation with Ben Quarry', { timeout: 20_000 });
  await expect(asked).toHaveCount(0);
  await expect(remoteVideos(doctor)).toHaveCount(2, { timeout: 20_000 });
  for (let i = 0; i < 2; i++)
    await expect.poll(() => framesDecoded(remoteVideos(doctor).nth(i), 1000), { timeout: 20_000 }).toBeGreaterThan(2);

  await endForEveryone(doctor, ben);
  await expect(nurse.getByTestId('active-consultation')).toHaveCount(0);
  const held = callInProgress(doctor, hub, 'Ada Quill');
  await held.getByRole('button', { name: 'End the consultation with Ada Quill' }).click();
  await held.getByRole('button', { name: 'Yes, end it for everyone' }).click();
  await expect(ada.getByTestId('consultation-ended')).toBeVisible();
});
