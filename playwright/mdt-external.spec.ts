import type { Page } from '@playwright/test';
import { peerPage } from './support/browsers';
import { demoLogin, remoteVideos, signedInAt } from './support/consultation';
import { expect, test } from './support/fixtures';
import { liveMeetingSetUp } from './support/mdt-meeting';
import { framesDecoded } from './support/probes';
import { shootAtBothSizes, SIZES } from './support/shots';

const JANE = { name: 'Dr Jane Roe', role: 'Consultant radiologist, St Elsewhere NHS FT' };

/** The page at both sizes, saved for a person to look at. */
const shoot = (page: Page, name: string) => shootAtBothSizes(page, `/tmp/shots-external/${name}`);

/** Presses "Join the meeting's call" and waits to be in it, camera on. */
async function joinTheCall(page: Page) {
  await page.getByRole('button', { name: "Join the meeting's call" }).click();
  await expect(page.getByTestId('call')).toBeVisible({ timeout: 20_000 });
  const self = page.locator('[data-testid="tile"][data-local="true"]').first();
  await expect(self).not.toHaveAttribute('data-peer-id', 'self', { timeout: 20_000 });
}

test('an external clinician invited by link joins the call and follows the panel read-only, until the link is withdrawn', async ({
  convene,
  peers,
}) => {
  const set = await liveMeetingSetUp(convene, 'external', 20 * 60_000);
  const [bCoordinator, bExternal] = await Promise.all([peers.launch(), peers.launch()]);
  const { password } = demoLogin(convene, 'demo.coordinator');
  const meetingPage = `/mdt/meetings/${set.meetingId}`;
  const coordinator = await signedInAt(bCoordinator, convene, 'demo.coordinator', password, meetingPage);

  // The coordinator makes the link on the meeting's page: a form, then the link shown once.
  const panel = coordinator.getByTestId('external-invites');
  await panel.getByRole('button', { name: 'Create link' }).click();
  await expect(panel.getByRole('alert')).toContainText('Enter the clinician’s name');
  await panel.getByLabel('Their name').fill(JANE.name);
  await panel.getByLabel('Role and organisation').fill(JANE.role);
  await panel.getByLabel('Email address (optional)').fill('jane.roe@nhs.net');
  await panel.getByRole('button', { name: 'Create link' }).click();
  const link = await panel.getByTestId('external-link').inputValue();
  expect(link).toMatch(/\/mdt\/join#invite=[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(panel.getByTestId('external-invite')).toContainText(`${JANE.name}, ${JANE.role} (jane.roe@nhs.net)`);
  await expect(panel.getByTestId('external-invite')).toContainText('Not opened yet');
  await shoot(coordinator, 'coordinator-invite-panel');
  for (const [size, viewport] of Object.entries(SIZES)) {
    await coordinator.setViewportSize(viewport);
    await panel.screenshot({ path: `/tmp/shots-external/coordinator-invite-panel-only-${size}.png` });
  }
  await coordinator.setViewportSize(SIZES.desktop);

  // The clinician opens it in a browser of their own: no account, the name is the coordinator's.
  const external = await peerPage(bExternal);
  await external.goto(link);
  await expect(external.getByTestId('external-name')).toHaveText(JANE.name);
  await external.getByRole('button', { name: 'Continue' }).click();
  await expect(external.getByTestId('error-summary')).toContainText('Confirm you will keep what you see and hear');
  await external.getByLabel(/I will keep the patient information I see and hear confidential/).check();
  await shoot(external, 'external-agreement');
  await external.getByRole('button', { name: 'Continue' }).click();
  await expect(external.getByTestId('connection-check')).toHaveAttribute('data-status', 'working', { timeout: 20_000 });
  await external.getByRole('button', { name: 'Play test sound' }).click();
  await external.getByRole('button', { name: 'Yes, I heard it' }).click();
  await external.getByRole('button', { name: 'Continue to the meeting' }).click();
  await expect(external.getByTestId('mdt-live')).toHaveAttribute('data-external', 'true');
  await expect(external.getByRole('heading', { level: 1 })).toHaveText('Lung MDT external');
  await expect(external.getByTestId('no-case')).toContainText('No case is on screen yet');

  await coordinator.goto(`${meetingPage}/live`);
  await joinTheCall(coordinator);
  await joinTheCall(external);
  for (const page of [coordinator, external]) {
    const video = remoteVideos(page).first();
    await expect.poll(() => framesDecoded(video, 2000), { timeout: 30_000 }).toBeGreaterThan(3);
  }
  await expect(coordinator.locator('[data-testid="tile"][data-local="false"]')).toContainText(
    `${JANE.name} (external)`,
  );
  await expect(coordinator.getByTestId('attendance')).toContainText(`${JANE.name} (external, ${JANE.role})`);

  // The coordinator moves the panel; the external's follows, with the case and its summary, read-only.
  for (const [i, caseId] of set.caseIds.slice(0, 2).entries()) {
    await coordinator.getByRole('button', { name: 'Next case' }).click();
    await expect(external.getByTestId('case-panel')).toHaveAttribute('data-case-id', caseId);
    await expect(external.getByTestId('case-position')).toHaveText(`Case ${i + 1} of 3`);
    await expect(external.getByTestId('case-question')).toContainText(`Question ${i + 1} for external`);
    await expect(external.getByTestId('case-panel')).toContainText(`Diagnosis ${i + 1} for external`);
  }
  for (const absent of ['outcome', 'case-list', 'sign-off']) await expect(external.getByTestId(absent)).toHaveCount(0);
  await expect(external.getByRole('button', { name: 'Next case' })).toHaveCount(0);
  await shoot(external, 'external-live');
  await shoot(coordinator, 'coordinator-live');

  // Withdrawn from the meeting's page: the clinician is out of the call at once, and told why.
  const manage = await coordinator.context().newPage();
  await manage.goto(meetingPage);
  await expect(manage.getByTestId('external-invite')).toContainText('Opened at');
  await manage.getByRole('button', { name: `Withdraw the link for ${JANE.name}` }).click();
  await expect(manage.getByTestId('external-invite')).toHaveAttribute('data-status', 'withdrawn');
  await expect(external.getByTestId('external-problem')).toContainText('the link you joined by was withdrawn');
  await expect(external.getByTestId('case-panel')).toHaveCount(0);
  await expect(external.getByTestId('call')).toHaveCount(0);
  await expect(coordinator.getByTestId('attendance')).not.toContainText(JANE.name);
  await shoot(external, 'external-withdrawn');
  // Opened again, the link says so, and whom to ask.
  await external.reload();
  await expect(external.getByRole('heading', { name: 'This link has been withdrawn' })).toBeVisible();
  await expect(external.getByTestId('link-error')).toHaveText(
    'This link has been withdrawn. Ask the MDT coordinator for a new one.',
  );
  await shoot(external, 'external-link-withdrawn');
});
