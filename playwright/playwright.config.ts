import { defineConfig } from '@playwright/test';

// One worker, in order: each test starts up to four Chromium peers, and a 2-core machine sustains about
// twelve. scripts/test.ts reads the JSON report's stats for the `npm test` summary, so keep its path.
// Traces and screenshots also cover browsers from launchPeer(): Playwright records every context it drives.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  // A guard against a hung test, not a speed check: a busy 2-core machine takes 80 s for the screen-share test.
  timeout: 180_000,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '.results/report.json' }]],
  outputDir: '.results/artifacts',
  use: { trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true }, screenshot: 'only-on-failure' },
});
