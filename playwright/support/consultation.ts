import type { Browser, Page } from '@playwright/test';
import type { RunningConvene } from '../../server/app';
import { peerPage } from './browsers';
import { expect } from './fixtures';

export function demoLogin(convene: RunningConvene, username: string): { username: string; password: string } {
  const login = convene.demoLogins.find((l) => l.username === username);
  if (!login) throw new Error(`no demo login ${username}`);
  return login;
}

/** Signs in through the sign-in page, then lands on `path`, as someone following a bookmark would. */
export async function signedInAt(
  browser: Browser,
  convene: Pick<RunningConvene, 'url'>,
  username: string,
  password: string,
  path: string,
): Promise<Page> {
  const page = await peerPage(browser, convene.url);
  await page.goto(`/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**${path}`);
  return page;
}

/** Signs in through the sign-in page and lands on the dashboard with live queues. */
export async function staffDashboard(browser: Browser, convene: RunningConvene, username: string): Promise<Page> {
  const page = await signedInAt(browser, convene, username, demoLogin(convene, username).password, '/dashboard');
  // A guard, not a speed check: on a busy 2-core machine the scrypt hash and the first render take seconds.
  await expect(page.getByTestId('queue').first()).toBeVisible({ timeout: 20_000 });
  return page;
}

export async function serviceId(staff: Page, name: string): Promise<string> {
  const res = await staff.request.get('/api/my-services');
  const { services } = (await res.json()) as { services: { id: string; name: string }[] };
  const found = services.find((s) => s.name === name);
  if (!found) throw new Error(`no service ${name} among ${services.map((s) => s.name).join(', ')}`);
  return found.id;
}

/** An invite link made by a signed-in staff member's own session, as the dashboard would. */
export async function inviteLink(staff: Page, body: Record<string, unknown>): Promise<{ link: string; jti: string }> {
  const res = await staff.request.post('/api/invites', { data: body });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { link: string; jti: string };
}

/** A guest follows a link: name, consent, the pre-call check, then the waiting area (or straight into a call). */
export async function guestArrives(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await peerPage(browser);
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel(/I agree to have this consultation by video/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await completePrecheck(page);
  return page;
}

/** Runs the pre-call check as a person would (listening to the test sound) and goes on to the waiting area. */
export async function completePrecheck(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-check')).toHaveAttribute('data-status', 'working', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Play test sound' }).click();
  await page.getByRole('button', { name: 'Yes, I heard it' }).click();
  await page.getByRole('button', { name: 'Continue to the waiting area' }).click();
}

export function queueEntry(staff: Page, service: string, guest: string) {
  return staff.locator(`[data-testid="queue"][data-service-id="${service}"] [data-testid="queue-entry"]`, {
    hasText: guest,
  });
}

/** The other people's camera videos on a call page. */
export const remoteVideos = (page: Page) =>
  page.locator('[data-testid="tile"][data-local="false"][data-source="camera"] video');
