import type { Page } from '@playwright/test';
import { demoLogin, serviceId, signedInAt } from './support/consultation';
import { expect, test } from './support/fixtures';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const DAY = 24 * 3_600_000;

/** The page at both sizes, saved for a person to look at. */
async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `/tmp/shots/mdt-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** Fills the add-case form for one new patient and sends it. */
async function addCase(page: Page, p: { given: string; family: string; dob: string; nhs: string }) {
  await page.getByLabel('Given name').fill(p.given);
  await page.getByLabel('Family name').fill(p.family);
  await page.getByLabel('Date of birth').fill(p.dob);
  await page.getByLabel('NHS number').fill(p.nhs);
  await page.getByLabel('Referring clinician').fill('Dr Setup Spec');
  await page.getByLabel('Question for the MDT').fill('Suitable for stereotactic radiotherapy?');
  await page.getByLabel('TNM').fill('cT1b N0 M0');
  await page.getByLabel('WHO performance status').selectOption('1');
  await page.getByRole('button', { name: 'Add case' }).click();
}

test('a coordinator prepares a case list: adds cases (an invalid NHS number refused), reorders, rolls over, passes one', async ({
  convene,
  peers,
}) => {
  const browser = await peers.launch();
  const coordinator = await signedInAt(
    browser,
    convene,
    'demo.coordinator',
    demoLogin(convene, 'demo.coordinator').password,
    '/mdt',
  );
  await expect(coordinator.getByRole('heading', { name: 'MDT meetings' })).toBeVisible({ timeout: 20_000 });
  await coordinator.getByRole('link', { name: 'Lung Cancer MDT' }).first().click();
  await expect(coordinator.getByRole('heading', { name: '1. John Fenwick' })).toBeVisible();
  await expect(coordinator.locator('section[data-case]')).toHaveCount(3);
  await expect(coordinator.locator('section[data-case="Elaine Brooks"]')).toContainText('pT3 N0 M0');
  await shoot(coordinator, 'seeded-list');

  // A meeting of this spec's own, so the demo meeting other specs read is left as it was; years
  // ahead, so that no meeting another spec schedules comes after it (the roll-over below finds none).
  const startsAt = new Date(Date.now() + 3 * 365 * DAY);
  const made = await coordinator.request.post('/api/mdt/meetings', {
    data: {
      serviceId: await serviceId(coordinator, 'Lung Cancer MDT'),
      title: 'Setup spec MDT',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    },
  });
  expect(made.status()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  await coordinator.goto(`/mdt/meetings/${id}`);
  await expect(coordinator.getByText('No cases are listed yet.')).toBeVisible();

  const zoe = { given: 'Zoë', family: 'Ødegård', dob: '1961-07-30', nhs: '401 023 2138' };
  await addCase(coordinator, zoe);
  await expect(coordinator.locator('.nhsuk-error-summary')).toContainText('401 023 2138 is not a valid NHS number');
  await expect(coordinator.getByLabel('NHS number')).toHaveAttribute('aria-describedby', /case-nhs-error/);
  await shoot(coordinator, 'invalid-nhs-number');
  await coordinator.getByLabel('NHS number').fill('401 023 2137');
  await coordinator.getByRole('button', { name: 'Add case' }).click();
  await expect(coordinator.getByRole('heading', { name: '1. Zoë Ødegård' })).toBeVisible();
  await addCase(coordinator, { given: 'Aled', family: 'Pryce', dob: '1949-12-02', nhs: '485 777 3457' });
  await expect(coordinator.getByRole('heading', { name: '2. Aled Pryce' })).toBeVisible();

  await coordinator.getByRole('button', { name: 'Move Aled Pryce up' }).click();
  await expect(coordinator.getByRole('heading', { name: '1. Aled Pryce' })).toBeVisible();
  await expect(coordinator.getByRole('heading', { name: '2. Zoë Ødegård' })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Roll Zoë Ødegård over to the next meeting' }).click();
  await expect(coordinator.locator('.nhsuk-error-summary')).toContainText('no later meeting of this MDT');
  await coordinator.getByRole('button', { name: 'Mark Zoë Ødegård standard of care, not discussed' }).click();
  const passed = coordinator.locator('section[data-case="Zoë Ødegård"]');
  await expect(passed).toContainText('Standard of care — not discussed');
  await expect(passed.getByRole('button')).toHaveCount(0);
  await shoot(coordinator, 'prepared-list');

  // Staff who are not on the MDT's team are told so, and shown nothing of the list.
  const nurse = await signedInAt(
    browser,
    convene,
    'demo.nurse',
    demoLogin(convene, 'demo.nurse').password,
    `/mdt/meetings/${id}`,
  );
  await expect(nurse.getByRole('heading', { name: 'You do not have access' })).toBeVisible({ timeout: 20_000 });
  await expect(nurse.getByText('Pryce')).toHaveCount(0);
});
