import type { Locator, Page } from '@playwright/test';
import { demoLogin, signedInAt } from './support/consultation';
import { expect, test } from './support/fixtures';
import { DESKTOP, PHONE } from './support/invite-form';
import { dateWords, dayFrom } from './support/mdt-actions';
import { MdtOutcomeRoutes as O } from '../contracts/http/mdt-outcomes';
import { apiAs, liveMeetingSetUp, type ApiCall } from './support/mdt-meeting';
import { routedSocket, type RoutedSocket } from './support/routed-socket';

/** One part of a page at both sizes, saved for a person to look at. */
async function shots(page: Page, part: Locator, name: string) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await part.scrollIntoViewIfNeeded();
    await part.screenshot({ path: `/tmp/shots-actions/${name}-${size}.png` });
  }
  await page.setViewportSize(DESKTOP);
}

const actionsOf = (page: Page) => page.locator('[data-field="actions"]');
const listed = (page: Page) => actionsOf(page).getByTestId('action');

test("MDT actions: the coordinator gives one to a member on the live page, the chair sees it live and signs, and it is on the member's dashboard", async ({
  convene,
  peers,
}) => {
  const set = await liveMeetingSetUp(convene, 'mdtact');
  const caseId = set.caseIds[0]!;
  const patient = await convene.db
    .selectFrom('mdt_cases as c')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select(['p.given_name', 'p.family_name', 'p.nhs_number'])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const path = `/mdt/meetings/${set.meetingId}/live`;
  const [bCoordinator, bChair, bMember] = await Promise.all([peers.launch(), peers.launch(), peers.launch()]);
  const demo = (username: string) => demoLogin(convene, username).password;
  // The coordinator's link is made slow on demand (before the live page opens its socket), for the clash below.
  const coordinator = await signedInAt(bCoordinator, convene, 'demo.coordinator', demo('demo.coordinator'), '/mdt');
  const coordinatorEdits = await routedSocket(coordinator);
  await coordinator.goto(path);
  const chair = await signedInAt(bChair, convene, 'demo.clinician', demo('demo.clinician'), path);
  await coordinator.getByRole('button', { name: 'Next case' }).click();
  for (const page of [coordinator, chair])
    await expect(page.getByTestId('case-panel')).toHaveAttribute('data-case-id', caseId);
  await expect(actionsOf(chair)).toContainText('No actions agreed yet.');

  // Saved empty: each problem is said at its input, and nothing is written.
  const editor = actionsOf(coordinator);
  await editor.getByRole('button', { name: 'Add an action' }).click();
  await editor.getByRole('button', { name: 'Add this action' }).click();
  await expect(editor.getByLabel('What is to be done')).toBeFocused();
  for (const message of ['Enter what is to be done', 'Select who will do this', 'Enter the date this is due by'])
    await expect(editor.locator('.nhsuk-error-message', { hasText: message })).toBeVisible();
  await expect(editor.getByLabel('What is to be done')).toHaveAccessibleDescription(/Enter what is to be done/);
  await shots(coordinator, editor, 'actions-editor-errors');

  // The owner is chosen from the team; the hub's nurse, on no MDT, is not offered.
  const owner = editor.getByLabel('Who will do it');
  const offered = await owner.locator('option').allTextContents();
  expect(offered[0]).toBe('Select a person');
  expect(offered).toEqual(
    expect.arrayContaining([
      'Dr Asha Patel, respiratory physician',
      'Dr Rhea Radley mdtact, radiologist',
      'Grace Okafor, MDT coordinator',
    ]),
  );
  expect(offered.join()).not.toContain('Tom Reid');
  await editor.getByLabel('What is to be done').fill('Book PET-CT');
  await owner.selectOption({ label: 'Dr Rhea Radley mdtact, radiologist' });
  await editor.getByLabel('Due by').fill(dayFrom(-3));
  await editor.getByRole('button', { name: 'Add this action' }).click();
  await expect(editor.getByText('The due date must be today or in the future')).toBeVisible();
  const due = dayFrom(14);
  await editor.getByLabel('Due by').fill(due);
  await editor.getByRole('button', { name: 'Add this action' }).click();
  await expect(editor.getByRole('button', { name: 'Add an action' })).toBeFocused();
  for (const page of [coordinator, chair]) {
    await expect(listed(page)).toHaveCount(1);
    await expect(listed(page)).toContainText(`Book PET-CTDr Rhea Radley mdtact, due by ${dateWords(due)}`);
  }

  // Changed and a second one added and removed: the chair's page follows each.
  await editor.getByRole('button', { name: 'Change the action “Book PET-CT”' }).click();
  await editor.getByLabel('What is to be done').fill('Book PET-CT and EBUS');
  await editor.getByRole('button', { name: 'Save this action' }).click();
  await expect(listed(chair)).toContainText('Book PET-CT and EBUS');
  await editor.getByRole('button', { name: 'Add an action' }).click();
  await editor.getByLabel('What is to be done').fill('Tell the GP');
  await editor.getByLabel('Who will do it').selectOption({ label: 'Grace Okafor, MDT coordinator' });
  await editor.getByLabel('Due by').fill(dayFrom(7));
  await editor.getByRole('button', { name: 'Add this action' }).click();
  await expect(listed(chair)).toHaveCount(2);
  await shots(coordinator, editor, 'actions-editor');
  await editor.getByRole('button', { name: 'Remove the action “Tell the GP”' }).click();
  await expect(listed(chair)).toHaveCount(1);
  await expect(listed(chair)).not.toContainText('Tell the GP');

  await clashOnActions(coordinator, coordinatorEdits, caseId, set.member, await apiAs(convene, set.member));

  // Filled in enough to sign, and signed by the chair: the actions are agreed.
  await coordinator.getByLabel('Discussed', { exact: true }).check();
  await coordinator.getByLabel('MDT', { exact: true }).selectOption('lung');
  await coordinator.getByLabel('Curative', { exact: true }).check();
  await coordinator.getByLabel('Recommendation', { exact: true }).fill('PET-CT and EBUS, then back to MDT');
  await expect(chair.getByLabel('Recommendation', { exact: true })).toHaveValue('PET-CT and EBUS, then back to MDT');
  await chair.getByRole('button', { name: 'Sign off this outcome' }).click();
  await expect(chair.getByTestId('signed-versions')).toContainText('Version 1 signed by Dr Asha Patel');
  await expect(listed(chair)).toHaveCount(2);
  await expect(actionsOf(chair).getByRole('button', { name: 'Add an action' })).toHaveCount(0);

  const member = await signedInAt(bMember, convene, set.member.username, set.member.password, '/dashboard');
  const panel = member.getByTestId('my-mdt-actions');
  await expect(panel.getByRole('heading', { name: 'Your MDT actions' })).toBeVisible({ timeout: 20_000 });
  const mine = panel.getByTestId('my-mdt-action');
  await expect(mine).toHaveCount(2);
  const nhs = patient.nhs_number!;
  const spaced = `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
  await expect(mine.first()).toHaveAttribute('data-overdue', 'true');
  await expect(mine.first()).toContainText('Chase the histology');
  await expect(mine.first().locator('.nhsuk-tag')).toHaveText('Overdue');
  await expect(mine.nth(1)).toHaveAttribute('data-overdue', 'false');
  await expect(mine.nth(1)).toContainText(`Book PET-CT and EBUS`);
  await expect(mine.nth(1)).toContainText(`${patient.given_name} ${patient.family_name}, NHS number ${spaced}`);
  await expect(mine.nth(1)).toContainText(`Lung MDT mdtact`);
  await expect(mine.nth(1)).toContainText(`Due by${dateWords(due)}`);
  await expect(mine.nth(1).locator('.nhsuk-tag')).toHaveCount(0);
  await shots(member, panel, 'dashboard-actions');
  await member.setViewportSize(PHONE);
  await member.screenshot({ path: '/tmp/shots-actions/dashboard-page-phone.png', fullPage: true });
});

/**
 * A clash on the actions: the member adds one over the HTTP API at the moment the coordinator changes
 * the list (the coordinator's link held back so the moment is the same every run). The coordinator is
 * shown the member's list and takes it.
 */
async function clashOnActions(
  coordinator: Page,
  coordinatorEdits: RoutedSocket,
  caseId: string,
  member: { id: string; name: string },
  asMember: ApiCall,
) {
  // The coordinator adds an action while their link is slow; the member's list is written meanwhile.
  coordinatorEdits.hold();
  const editor = actionsOf(coordinator);
  await editor.getByRole('button', { name: 'Add an action' }).click();
  await editor.getByLabel('What is to be done').fill('Lung function tests');
  await editor.getByLabel('Who will do it').selectOption({ label: 'Dr Asha Patel, respiratory physician' });
  await editor.getByLabel('Due by').fill(dayFrom(10));
  await editor.getByRole('button', { name: 'Add this action' }).click();
  const outcome = await asMember<{ fields: { actions: { version: number; value: unknown[] } } }>(
    O.outcome,
    caseId,
    undefined,
  );
  const theirs = [
    ...outcome.fields.actions.value,
    { id: 'histology-1', what: 'Chase the histology', ownerUserId: member.id, due: dayFrom(-1), done: false },
  ];
  await asMember(O.editField, caseId, { value: theirs, baseVersion: outcome.fields.actions.version }, 'actions');
  coordinatorEdits.release();
  const clash = editor.getByTestId('field-conflict');
  await expect(clash).toContainText(`${member.name} changed this while you were typing: “Book PET-CT and EBUS`);
  await expect(clash).toContainText('Chase the histology (Dr Rhea Radley mdtact, due by');
  await shots(coordinator, editor, 'actions-clash');
  await coordinator.getByRole('button', { name: 'Use theirs' }).click();
  await expect(clash).toHaveCount(0);
  await expect(listed(coordinator)).toHaveCount(2);
  await expect(listed(coordinator).nth(1)).toContainText('Chase the histology');
}
