import type { Page } from '@playwright/test';
import { demoLogin, signedInAt } from './support/consultation';
import { expect, test } from './support/fixtures';
import { joinLungMdt, lungMdt } from './support/mdt-team';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
/** A browser far from the UK: the times typed and shown must still be UK time. */
const NEW_YORK = { timezoneId: 'America/New_York' };

/** The page at both sizes, saved for a person to look at. */
async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `/tmp/shots-mdt-pages/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

test('a coordinator schedules an MDT meeting in UK time and changes the MDT settings through the pages', async ({
  convene,
  peers,
}) => {
  const mdt = await lungMdt(convene);
  const chair = await joinLungMdt(convene, { username: 'sched.chair', name: 'Dr Rhys Morgan', role: 'clinician' });
  const cns = await joinLungMdt(convene, { username: 'sched.cns', name: 'Sian Ellis', role: 'nurse' });
  const browser = await peers.launch();
  const login = demoLogin(convene, 'demo.coordinator');
  const page = await signedInAt(browser, convene, login.username, login.password, '/mdt', NEW_YORK);
  const settingsAsTheyWere = await (await page.request.get(`/api/mdt/services/${mdt.id}/settings`)).json();
  try {
    const lung = page.locator(`section[data-mdt="${mdt.id}"]`);
    await expect(lung.getByRole('heading', { name: 'Schedule a meeting' })).toBeVisible({ timeout: 20_000 });
    await expect(lung.getByLabel('Chair')).toHaveValue(settingsAsTheyWere.usualChair.id);

    // A Thursday in June next year: British Summer Time, an hour ahead of UTC.
    const year = new Date().getUTCFullYear() + 1;
    const thursday = new Date(Date.UTC(year, 5, 1));
    thursday.setUTCDate(1 + ((4 - thursday.getUTCDay() + 7) % 7) + 7);
    const day = thursday.getUTCDate();
    await lung.getByLabel('Day').fill(String(day));
    await lung.getByLabel('Month').fill('6');
    await lung.getByLabel('Year').fill(String(year));
    const title = `Lung Cancer MDT – Thursday ${day} June ${year}`;
    await expect(lung.getByLabel('Title')).toHaveValue(title);
    await lung.getByLabel('Start time (UK time)').fill('14:00');
    await lung.getByLabel('End time (UK time)').fill('13:00');
    await lung.getByRole('button', { name: 'Schedule meeting' }).click();
    const summary = lung.locator('.nhsuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('The end time must be after the start time');
    await expect(lung.getByLabel('End time (UK time)')).toHaveAttribute('aria-describedby', /mdt-1-end-error/);
    await shoot(page, 'mdt-schedule-invalid-time');

    await lung.getByLabel('End time (UK time)').fill('15:30');
    await lung.getByLabel('Chair').selectOption({ label: 'Dr Rhys Morgan (Clinician)' });
    await lung.getByLabel(cns.name).check();
    await lung.getByLabel('Dr Asha Patel').check();
    await lung.getByRole('button', { name: 'Schedule meeting' }).click();
    await expect(lung.getByTestId('success-banner')).toContainText('Meeting scheduled');
    await expect(summary).toHaveCount(0);
    const listed = page.locator('li[data-meeting]', { hasText: title });
    await expect(listed).toContainText(`Thursday ${day} June at 14:00 to 15:30`);
    await expect(listed).toContainText('Chair: Dr Rhys Morgan');

    const id = await listed.getAttribute('data-meeting');
    const stored = await (await page.request.get(`/api/mdt/meetings/${id}`)).json();
    const ymd = `${year}-06-${String(day).padStart(2, '0')}`;
    expect([stored.meeting.startsAt, stored.meeting.endsAt]).toEqual([`${ymd}T13:00:00.000Z`, `${ymd}T14:30:00.000Z`]);
    expect(stored.meeting.invitees.map((p: { name: string }) => p.name).sort()).toEqual(['Dr Asha Patel', cns.name]);
    await shoot(page, 'mdt-home-scheduled');

    await listed.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Case list' })).toBeVisible();
    await expect(page.getByText(`${title}: Thursday ${day} June at 14:00 to 15:30`)).toBeVisible();
    await expect(page.getByText('Chair: Dr Rhys Morgan')).toBeVisible();

    // The settings: quorum's core roles, the usual chair and a member's core role, kept across a reload.
    await page.goto('/mdt');
    await lung.getByRole('link', { name: 'Change the settings of Lung Cancer MDT' }).click();
    await expect(page.getByRole('heading', { name: 'MDT settings' })).toBeVisible();
    await expect(page.getByLabel('MDT type')).toHaveValue('lung');
    await page.getByLabel('Pathologist').uncheck();
    await page.getByLabel('Pharmacist').check();
    await page.getByLabel('Usual chair').selectOption({ label: 'Dr Rhys Morgan (Clinician)' });
    await page.getByLabel(cns.name).selectOption({ label: 'Clinical nurse specialist' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByTestId('success-banner')).toContainText('Settings saved');
    await page.reload();
    await expect(page.getByLabel('Pharmacist')).toBeChecked({ timeout: 20_000 });
    await expect(page.getByLabel('Pathologist')).not.toBeChecked();
    await expect(page.getByLabel('Radiologist')).toBeChecked();
    await expect(page.getByLabel('Usual chair')).toHaveValue(chair.id);
    await expect(page.getByLabel(cns.name)).toHaveValue('clinical_nurse_specialist');
    await expect(page.getByTestId('settings-changed')).toContainText('Last changed by Grace Okafor on');
    await shoot(page, 'mdt-settings');
    await page.goto('/mdt');
    await expect(lung.getByLabel('Chair')).toHaveValue(chair.id, { timeout: 20_000 });

    // A nurse on the team reads the settings and may not change them; she is offered no form.
    const nurse = await signedInAt(browser, convene, cns.username, cns.password, '/mdt');
    const hers = nurse.locator(`section[data-mdt="${mdt.id}"]`);
    await expect(hers.getByRole('link', { name: 'View the settings of Lung Cancer MDT' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(hers.getByRole('button', { name: 'Schedule meeting' })).toHaveCount(0);
    await hers.getByRole('link', { name: 'View the settings of Lung Cancer MDT' }).click();
    await expect(nurse.getByText('Pharmacist')).toBeVisible();
    await expect(nurse.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
    await shoot(nurse, 'mdt-settings-read-only');
  } finally {
    // Later specs' quorums count the demo MDT's own core roles.
    const { mdtType, coreRoles, usualChair, team } = settingsAsTheyWere;
    const memberRoles = team
      .filter((m: { coreRole: string | null }) => m.coreRole)
      .map((m: { id: string; coreRole: string }) => ({ userId: m.id, coreRole: m.coreRole }));
    const put = await page.request.put(`/api/mdt/services/${mdt.id}/settings`, {
      data: { mdtType, coreRoles, usualChairUserId: usualChair?.id ?? null, memberRoles },
    });
    expect(put.status()).toBe(200);
  }
});
