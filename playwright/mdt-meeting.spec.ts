import type { Page } from '@playwright/test';
import { pdfText } from '../domain/consultations/test-support/pdf-text';
import { demoLogin, signedInAt } from './support/consultation';
import { expect, test } from './support/fixtures';
import { liveMeetingSetUp } from './support/mdt-meeting';
import { framesDecoded, videoSize } from './support/probes';
import { shootAtBothSizes, SIZES } from './support/shots';
import { routedSocket, type RoutedSocket } from './support/routed-socket';

/** The live page at both sizes, saved for a person to look at. */
async function shoot(page: Page, name: string) {
  await shootAtBothSizes(page, `/tmp/shots/mdt-live-${name}`);
  // A phone's first screen on its own: the full page is too tall to read when scaled down.
  await page.setViewportSize(SIZES.phone);
  await page.screenshot({ path: `/tmp/shots/mdt-live-${name}-phone-top.png` });
  await page.setViewportSize(SIZES.desktop);
}

/** Presses "Join the meeting's call" and waits for the call, camera and microphone on. */
async function joinTheCall(page: Page) {
  await page.getByRole('button', { name: "Join the meeting's call" }).click();
  await expect(page.getByTestId('call')).toBeVisible({ timeout: 20_000 });
  const self = page.locator('[data-testid="tile"][data-local="true"]').first();
  await expect(self).not.toHaveAttribute('data-peer-id', 'self', { timeout: 20_000 });
  return (await self.getAttribute('data-peer-id'))!;
}

const recommendationOf = (page: Page) => page.getByLabel('Recommendation', { exact: true });

test('a live MDT meeting: the panel follows the coordinator, a screen is shared, the outcome is typed live, signed, amended and exported', async ({
  convene,
  peers,
}) => {
  const set = await liveMeetingSetUp(convene, 'mdtlive');
  const path = `/mdt/meetings/${set.meetingId}/live`;
  const browsers = await Promise.all([peers.launch(), peers.launch(), peers.launch(), peers.launch()]);
  const [bCoordinator, bChair, bMember, bOncologist] = browsers;
  const demo = (username: string) => demoLogin(convene, username).password;
  const coordinator = await signedInAt(bCoordinator!, convene, 'demo.coordinator', demo('demo.coordinator'), path);
  // The chair's link is made slow on demand (before the live page opens its socket), for the clash below.
  const chair = await signedInAt(bChair!, convene, 'demo.clinician', demo('demo.clinician'), '/mdt');
  const chairEdits = await routedSocket(chair);
  await chair.goto(path);
  const member = await signedInAt(bMember!, convene, set.member.username, set.member.password, path);
  const oncologist = await signedInAt(bOncologist!, convene, set.oncologist.username, set.oncologist.password, path);
  const everyone = [coordinator, chair, member, oncologist];
  await expect(coordinator).toHaveTitle(/Live MDT meeting/);

  for (const page of everyone) await joinTheCall(page);
  const memberPeer = await member
    .locator('[data-testid="tile"][data-local="true"]')
    .first()
    .getAttribute('data-peer-id');
  for (const page of everyone) {
    await expect(page.getByTestId('attendee')).toHaveCount(4);
    await expect(page.getByTestId('quorum')).toHaveText(
      'Not quorate: missing thoracic surgeon, pathologist, clinical nurse specialist',
    );
  }
  await expect(coordinator.getByTestId('attendance')).toContainText(`${set.member.name}, radiologist`);

  // Only the coordinator and the chair are given the buttons that move everyone's panel.
  await expect(member.getByRole('button', { name: 'Next case' })).toHaveCount(0);
  await expect(chair.getByRole('button', { name: 'Next case' })).toBeVisible();
  for (const [i, caseId] of set.caseIds.entries()) {
    await coordinator.getByRole('button', { name: 'Next case' }).click();
    for (const page of everyone) {
      await expect(page.getByTestId('case-panel')).toHaveAttribute('data-case-id', caseId);
      await expect(page.getByTestId('case-position')).toHaveText(`Case ${i + 1} of 3`);
      await expect(page.getByTestId('case-question')).toContainText(`Question ${i + 1} for mdtlive`);
    }
  }
  await expect(coordinator.getByRole('button', { name: 'Next case' })).toBeDisabled();
  // The case on screen's own quorum: the four in the call were there for all of it, the others never.
  await expect(member.getByTestId('case-quorum')).toHaveText(
    'This case: not quorate, thoracic surgeon, pathologist, clinical nurse specialist not present for all of it',
  );
  await chair.getByRole('button', { name: 'Previous case' }).click();
  for (const page of everyone) await expect(page.getByTestId('case-position')).toHaveText('Case 2 of 3');
  await expect(member.getByTestId('case-panel')).toContainText(/NHS number\d{3} \d{3} \d{4}/);

  await member.getByRole('button', { name: 'Share screen' }).click();
  for (const viewer of [coordinator, chair, oncologist]) {
    await expect(viewer.getByTestId('call')).toHaveAttribute('data-layout', 'presenter');
    const screen = viewer.locator(`[data-testid="tile"][data-peer-id="${memberPeer}"][data-source="screen"] video`);
    // Over two seconds, not one: other suites may be loading the machine, and any run of frames shows it decodes.
    await expect.poll(() => framesDecoded(screen, 2000), { timeout: 30_000 }).toBeGreaterThan(3);
    await expect.poll(async () => (await videoSize(screen)).width, { timeout: 10_000 }).toBeGreaterThan(640);
  }
  await shoot(chair, 'presenter');
  await member.getByRole('button', { name: 'Stop sharing' }).click();

  // The coordinator types; the chair's form shows it as it is typed, with no save button anywhere.
  const typed = recommendationOf(coordinator);
  await typed.pressSequentially('Proceed to CT-PET', { delay: 40 });
  await expect(recommendationOf(chair)).toHaveValue('Proceed to CT-PET');
  await typed.pressSequentially(' then EBUS', { delay: 40 });
  await expect(recommendationOf(chair)).toHaveValue('Proceed to CT-PET then EBUS');
  await expect(recommendationOf(member)).toHaveValue('Proceed to CT-PET then EBUS');
  await expect(recommendationOf(oncologist)).toHaveValue('Proceed to CT-PET then EBUS');
  for (const page of everyone) await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);
  await coordinator.getByLabel('Discussed', { exact: true }).check();
  await coordinator.getByLabel('MDT', { exact: true }).selectOption('lung');
  await coordinator.getByLabel('Curative', { exact: true }).check();
  await expect(chair.getByLabel('Curative', { exact: true })).toBeChecked();
  await expect(chair.getByLabel('MDT', { exact: true })).toHaveValue('lung');
  await shoot(member, 'outcome');
  await assertConflictShownAndKept({ member, chair, coordinator }, chairEdits, set.member.name);

  // The chair signs off: version 1, and the form is read-only.
  await chair.getByRole('button', { name: 'Sign off this outcome' }).click();
  await expect(chair.getByTestId('signed-versions')).toContainText('Version 1 signed by Dr Asha Patel');
  await expect(recommendationOf(chair)).toBeDisabled();
  await expect(member.getByRole('button', { name: 'Sign off this outcome' })).toHaveCount(0);

  // Amended with a reason, changed, and signed again: version 2.
  await chair.getByRole('button', { name: 'Amend' }).click();
  await chair.getByLabel('Reason for the amendment').fill('Lung function results arrived after the meeting');
  await chair.getByRole('button', { name: 'Reopen to amend' }).click();
  await expect(recommendationOf(chair)).toBeEnabled();
  await recommendationOf(chair).pressSequentially(' and lung function', { delay: 20 });
  const final = 'Proceed to CT-PET then EBUS, chair agrees and lung function';
  await expect(recommendationOf(coordinator)).toHaveValue(final);
  await chair.getByRole('button', { name: 'Sign off this outcome' }).click();
  await expect(chair.getByTestId('signed-versions')).toContainText('Version 2 signed by Dr Asha Patel');
  await expect(chair.getByTestId('signed-versions')).toContainText('Lung function results arrived after the meeting');
  await shoot(chair, 'signed');
  await chair.getByTestId('sign-off').screenshot({ path: '/tmp/shots/mdt-live-sign-off-panel.png' });

  const caseId = set.caseIds[1]!;
  const pdf = await chair.evaluate(async (url) => {
    const res = await fetch(url);
    return Array.from(new Uint8Array(await res.arrayBuffer()));
  }, `/api/mdt/cases/${caseId}/outcome.pdf`);
  expect((await pdfText(Buffer.from(pdf))).replace(/\s+/g, ' ')).toContain(final);
  const fhir = (await chair.evaluate(
    async (url) => (await fetch(url)).json(),
    `/api/mdt/cases/${caseId}/outcome.fhir.json`,
  )) as { entry: { resource: { resourceType: string } }[] };
  const carePlan = fhir.entry.map((e) => e.resource).find((r) => r.resourceType === 'CarePlan');
  expect(JSON.stringify(carePlan)).toContain(final);
});

/**
 * A clash: the member and the chair type in the same field at the same moment (the chair's link is
 * held back so that the moment is the same every run). The chair is shown the member's words and
 * keeps their own, written on top of the member's version and seen by everyone; on a coded field
 * the chair takes the member's answer instead. Neither is lost without someone choosing.
 */
async function assertConflictShownAndKept(
  p: { member: Page; chair: Page; coordinator: Page },
  chairEdits: RoutedSocket,
  name: string,
) {
  chairEdits.hold();
  await recommendationOf(p.chair).press('End');
  await recommendationOf(p.chair).pressSequentially(', chair agrees', { delay: 20 });
  await recommendationOf(p.member).press('End');
  await recommendationOf(p.member).pressSequentially('; biopsy first', { delay: 20 });
  await expect(p.coordinator.getByLabel('Recommendation', { exact: true })).toHaveValue(
    'Proceed to CT-PET then EBUS; biopsy first',
  );
  chairEdits.release();
  const clash = p.chair.getByTestId('field-conflict');
  await expect(clash).toContainText(
    `${name} changed this while you were typing: “Proceed to CT-PET then EBUS; biopsy first”`,
  );
  await expect(recommendationOf(p.chair)).toHaveValue('Proceed to CT-PET then EBUS, chair agrees');
  await p.chair.getByRole('button', { name: 'Keep mine' }).click();
  await expect(clash).toHaveCount(0);
  for (const page of [p.coordinator, p.member])
    await expect(recommendationOf(page)).toHaveValue('Proceed to CT-PET then EBUS, chair agrees');

  chairEdits.hold();
  await p.chair.getByLabel('Performance status (WHO)').selectOption('2');
  await p.member.getByLabel('Performance status (WHO)').selectOption('1');
  await expect(p.coordinator.getByLabel('Performance status (WHO)')).toHaveValue('1');
  chairEdits.release();
  await expect(clash).toContainText(
    `${name} changed this while you were typing: “1 – restricted in strenuous activity`,
  );
  await p.chair.getByRole('button', { name: 'Use theirs' }).click();
  await expect(clash).toHaveCount(0);
  await expect(p.chair.getByLabel('Performance status (WHO)')).toHaveValue('1');
}
