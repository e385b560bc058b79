import type { Browser, Page } from '@playwright/test';
import type { RunningConvene } from '../server/app';
import { afterSignIn, type SignedInUser } from '../web/lib/auth/sign-in';
import { peerPage } from './support/browsers';
import { demoLogin } from './support/consultation';
import { expect, test } from './support/fixtures';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** The page at both sizes, saved for a person to look at. */
async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `/tmp/shots/role-home-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** Signs in through the real form with no `next`, as someone who typed the address would, and waits to land. */
async function signInFromScratch(browser: Browser, convene: RunningConvene, username: string, lands: string) {
  const page = await peerPage(browser, convene.url);
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(demoLogin(convene, username).password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A guard, not a speed check: on a busy 2-core machine the scrypt hash and the first render take seconds.
  await page.waitForURL(`**${lands}`, { timeout: 20_000 });
  return page;
}

test('a signed-in role lands on its own page unless a safe next says otherwise', () => {
  const origin = 'http://127.0.0.1:3000';
  const user = (role: SignedInUser['role']): SignedInUser => ({
    id: 'u',
    username: 'u',
    name: 'U',
    role,
    organisationId: 'o',
    serviceIds: [],
  });
  expect(afterSignIn(user('care_home_staff'), null, origin)).toBe('/care-home');
  expect(afterSignIn(user('prison_staff'), null, origin)).toBe('/prison');
  expect(afterSignIn(user('admin'), null, origin)).toBe('/admin');
  expect(afterSignIn(user('nurse'), null, origin)).toBe('/dashboard');
  expect(afterSignIn(user('prison_staff'), '/consultations/c-1', origin)).toBe('/consultations/c-1');
  expect(afterSignIn(user('care_home_staff'), '//evil.example/phish', origin)).toBe('/care-home');
});

test('the care home lands on its page: its request to the hub for Margaret Hill, and its residents', async ({
  convene,
  peers,
}) => {
  const page = await signInFromScratch(await peers.launch(), convene, 'demo.carehome', '/care-home');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willow Court Care Home (demo)');
  const request = page.getByTestId('requests').getByRole('row', { name: /Margaret Hill/ });
  await expect(request).toContainText('Found on the floor overnight; new confusion this morning');
  await expect(request).toContainText('24/7 Care Home Support Hub');
  await expect(request).toContainText('Waiting for the hub');
  const residents = page.getByTestId('residents');
  await expect(residents.getByRole('row', { name: /Margaret Hill/ })).toContainText('12 April 1938');
  await expect(residents.getByRole('row', { name: /Arthur Pike/ })).toContainText(/\d{3} \d{3} \d{4}/);
  await shoot(page, 'care-home');
  // The prison's page is not the care home's to see.
  await page.goto('/prison');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
  await expect(page.getByText('Daniel Shaw')).toHaveCount(0);
});

test('the prison lands on its page: today’s appointment for Daniel Shaw, and nobody else’s', async ({
  convene,
  peers,
}) => {
  const page = await signInFromScratch(await peers.launch(), convene, 'demo.prison', '/prison');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HMP Northfield (demo)');
  const appointment = page.getByTestId('appointments').getByRole('row', { name: /Daniel Shaw/ });
  await expect(appointment).toContainText('Respiratory Outpatient Clinic');
  await expect(appointment).toContainText('Booked');
  await expect(appointment).toContainText(/\d{2}:\d{2}/);
  // The hospital's own patient, booked into the same clinic today, is not the prison's business.
  await expect(page.getByText('Priya Nair')).toHaveCount(0);
  await shoot(page, 'prison');
  await page.goto('/care-home');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
  await expect(page.getByText('Margaret Hill')).toHaveCount(0);
});

test('the administrator lands on the administration', async ({ convene, peers }) => {
  const page = await signInFromScratch(await peers.launch(), convene, 'demo.admin', '/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
});

test('an MDT coordinator lands on the dashboard, where the MDT is a way to its meetings rather than a queue', async ({
  convene,
  peers,
}) => {
  const page = await signInFromScratch(await peers.launch(), convene, 'demo.coordinator', '/dashboard');
  await expect(page.getByTestId('queue').filter({ hasText: 'Lung Cancer MDT' })).toHaveCount(0);
  await page.getByTestId('mdt-link').getByRole('link', { name: 'Your MDT meetings and case lists' }).click();
  await page.waitForURL('**/mdt');
  await expect(page.getByRole('link', { name: /Open the live meeting/ }).first()).toBeVisible();
});
