import type { Page } from '@playwright/test';

/** The two sizes pages are looked at in: a laptop, and a phone. */
export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** The whole page at both sizes, saved as `<path>-desktop.png` and `<path>-phone.png`; left at desktop size. */
export async function shootAtBothSizes(page: Page, path: string): Promise<void> {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${path}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}
