import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Browser } from '@playwright/test';
import { startConvene, type RunningConvene } from '../../server/app';
import { testConfig } from '../../server/test-support/test-config';
import { launchPeer, type PeerMedia } from './browsers';

/**
 * The server runs inside the Playwright worker process, so a test can look at the SFU itself
 * (`convene.rooms`, `room.mediaState()`) next to what the browsers show. Playwright's own TypeScript
 * loader handles our ESM modules and their extensionless relative imports (checked with Playwright 1.65
 * and "type": "module"), so no tsx hook, child process or inspection endpoint is needed.
 * Next serves web/.next as it is on disk: rebuilding it while tests run gives 500s.
 */
export interface Peers {
  /** A Chromium for one peer, closed when the test ends (also when it fails). */
  launch(media?: PeerMedia): Promise<Browser>;
}

export const test = base.extend<{ peers: Peers }, { convene: RunningConvene }>({
  convene: [
    async ({}, use) => {
      if (!existsSync(join(import.meta.dirname, '../../web/.next/BUILD_ID'))) {
        throw new Error('No web build: run `node --import tsx scripts/prepare.ts` (npm test does it first).');
      }
      // Practice (`dev-`) rooms let the media tests run without accounts; off by default everywhere else.
      // A dropped socket's place is kept 8 s, not 20: resuming takes about one, and a spec's closed
      // browsers then stop holding rooms soon after it ends.
      const env = { CONVENE_DEV_TOKENS: 'true', CALL_RESUME_GRACE_SECONDS: '8' };
      const app = await startConvene(testConfig(env), { web: true });
      await use(app);
      await app.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  peers: async ({}, use) => {
    const launched: Browser[] = [];
    await use({
      async launch(media) {
        const browser = await launchPeer(media);
        launched.push(browser);
        return browser;
      },
    });
    await Promise.all(launched.map((b) => b.close()));
  },
});

export { expect };
