import type { Page } from '@playwright/test';
import { peerPage } from './support/browsers';
import { demoLogin, signedInAt as signedIn } from './support/consultation';
import { expect, test } from './support/fixtures';
import { shootAtBothSizes } from './support/shots';

/** The page at both sizes, saved for a person to look at. */
const shoot = (page: Page, name: string) => shootAtBothSizes(page, `/tmp/shots/admin-${name}`);

test('the admin creates a service and a user, adds one to the other, and the user sees it on their dashboard', async ({
  convene,
  peers,
}) => {
  const browser = await peers.launch();
  const admin = await signedIn(browser, convene, 'demo.admin', demoLogin(convene, 'demo.admin').password, '/admin');
  await expect(admin.getByRole('heading', { name: 'Administration' })).toBeVisible();
  for (const name of ['Organisations', 'Services', 'Users', 'Audit trail'])
    await expect(admin.getByRole('link', { name, exact: true })).toBeVisible();
  await shoot(admin, 'home');

  await admin.getByRole('link', { name: 'Services', exact: true }).click();
  await admin.getByRole('button', { name: 'Create service' }).click();
  await expect(admin.locator('.nhsuk-error-summary')).toContainText('Enter the service’s name');
  await expect(admin.getByLabel('Name', { exact: true })).toHaveAttribute('aria-describedby', 'service-name-error');
  await shoot(admin, 'service-error');
  await admin.getByLabel('Name', { exact: true }).fill('Falls Response Hub');
  await admin.getByLabel('Kind').selectOption('on_demand_hub');
  await admin.getByRole('button', { name: 'Create service' }).click();
  await expect(admin.getByRole('heading', { name: 'Falls Response Hub' })).toBeVisible();

  await admin.goto('/admin/users');
  await admin.getByLabel('Username').fill('p.okoro');
  await admin.getByLabel('Full name').fill('Peter Okoro');
  await admin.getByLabel('Role').selectOption('nurse');
  await admin.getByRole('button', { name: 'Create user' }).click();
  const shown = admin.getByTestId('shown-password');
  await expect(shown).toBeVisible();
  await expect(admin.locator('.nhsuk-inset-text')).toContainText('It will not be shown again');
  const password = (await shown.textContent())!.trim();
  await shoot(admin, 'users-password-shown');
  // Shown once: the list, loaded again, has no password in it.
  await admin.reload();
  await expect(admin.locator('tr[data-username="p.okoro"]')).toContainText('Active');
  await expect(admin.getByTestId('shown-password')).toHaveCount(0);

  await admin.goto('/admin/services');
  const card = admin.locator('section[data-service="Falls Response Hub"]');
  await card.getByLabel('Add a member to Falls Response Hub').selectOption({ label: 'Peter Okoro (p.okoro)' });
  await card.getByRole('button', { name: 'Add member' }).click();
  await expect(card).toContainText('Peter Okoro (p.okoro)');
  await shoot(admin, 'services');

  await admin.goto('/admin/audit');
  await admin.getByLabel('Action').fill('admin.');
  await admin.getByRole('button', { name: 'Show events' }).click();
  await expect(admin.locator('tbody tr').first()).toContainText('admin.service.member');
  await shoot(admin, 'audit');
  await admin.goto('/admin/organisations');
  await expect(admin.getByRole('cell', { name: /\(yours\)/ })).toBeVisible();
  await shoot(admin, 'organisations');

  const nurse = await signedIn(browser, convene, 'p.okoro', password, '/dashboard');
  await expect(nurse.getByText('Falls Response Hub').first()).toBeVisible({ timeout: 20_000 });
});

test('staff who are not admins are refused the admin pages, and nobody signed in is sent to sign in', async ({
  convene,
  peers,
}) => {
  const browser = await peers.launch();
  const anonymous = await peerPage(browser, convene.url);
  await anonymous.goto('/admin/users');
  await anonymous.waitForURL('**/login?next=%2Fadmin%2Fusers');
  for (const username of ['demo.clinician', 'demo.carehome']) {
    const page = await signedIn(browser, convene, username, demoLogin(convene, username).password, '/admin');
    await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
    for (const path of ['/admin/users', '/admin/services', '/admin/organisations', '/admin/audit']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
      await expect(page.locator('table')).toHaveCount(0);
    }
    if (username === 'demo.clinician') await shoot(page, 'no-access');
  }
});
