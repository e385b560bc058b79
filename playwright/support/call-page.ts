import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { peerPage } from './browsers';
import { expect } from './fixtures';

/** A person in a call, driven through the call page as they would use it. */
export interface InCall {
  page: Page;
  name: string;
  /** This person's peer id, as the server knows it. */
  peerId: string;
  /** The tile another person's camera (or screen) is shown in. */
  tileOf(other: InCall, source?: 'camera' | 'screen'): Locator;
}

export async function joinCall(
  browser: Browser,
  baseUrl: string,
  roomId: string,
  name: string,
  screen?: BrowserContextOptions,
  /** Runs on the page before it opens anything (a route on its socket, say). */
  before?: (page: Page) => Promise<void>,
): Promise<InCall> {
  const page = await peerPage(browser, baseUrl, screen);
  await before?.(page);
  await page.goto(`/call/${roomId}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join call' }).click();
  // Generous: on a 2-core machine a third or fourth peer's browser starts while the others encode.
  await expect(page.getByTestId('call')).toBeVisible({ timeout: 20_000 });
  const peerId = (await page.locator('[data-testid="tile"][data-local="true"]').first().getAttribute('data-peer-id'))!;
  return {
    page,
    name,
    peerId,
    tileOf: (other, source = 'camera') =>
      page.locator(`[data-testid="tile"][data-peer-id="${other.peerId}"][data-source="${source}"]`),
  };
}

/** The decoding counter the page's own diagnostics report for the remote video from `from`. */
export async function inboundFramesDecoded(viewer: InCall): Promise<number[]> {
  const stats = (await viewer.page.evaluate(() => window.conveneCall!.inboundVideoStats())) as {
    framesDecoded: number;
  }[];
  return stats.map((s) => s.framesDecoded);
}
