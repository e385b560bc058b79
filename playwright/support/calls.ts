import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { remoteVideos } from './consultation';
import { expect } from './fixtures';
import { framesDecoded } from './probes';

/** A call under way (or held) as a service's staff see it under "Calls in progress". */
export function callInProgress(staff: Page, service: string, guest: string) {
  return staff.locator(`[data-testid="queue"][data-service-id="${service}"] [data-testid="call-in-progress"]`, {
    hasText: guest,
  });
}

/** The page's one top-level heading: where the person is now. */
export const pageHeading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Each page sees one other person's camera, and keeps decoding it (not one frozen frame). */
export async function decodingEachOther(...pages: Page[]): Promise<void> {
  for (const page of pages) {
    await expect(remoteVideos(page)).toHaveCount(1, { timeout: 20_000 });
    await expect.poll(() => framesDecoded(remoteVideos(page).first(), 1000), { timeout: 20_000 }).toBeGreaterThan(3);
  }
}

const PHONE = { width: 390, height: 844 };

/** A screenshot at the page's own size and one at a phone's, for a person to look at (in /tmp/shots). */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: `/tmp/shots/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `/tmp/shots/${name}-phone.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/**
 * The clinician ends the consultation from the call, through its confirm step, and the guest is
 * told. Ending each test's consultation also keeps the next test's dashboard from rejoining it.
 */
export async function endForEveryone(staff: Page, guest: Page): Promise<void> {
  await staff.getByRole('button', { name: 'End consultation' }).click();
  await expect(staff.getByText('End the consultation for everyone?')).toBeVisible();
  await staff.getByRole('button', { name: 'Yes, end it for everyone' }).click();
  await expect(pageHeading(guest)).toHaveText('Your consultation has ended');
  await expect(guest.getByTestId('consultation-ended')).toBeVisible();
  await expect(staff.getByTestId('active-consultation')).toHaveCount(0);
}
