/**
 * Call recovery: how long two people in a call take to decode each other's video again, with the
 * call saying "connected", after (1) the server end of one person's signalling socket is cut and
 * (2) the mediasoup worker hosting the call is killed with SIGKILL. Real Chromium, real SFU. The
 * baseline, in the same run: the first join (both pages open to both decoding). Prints median and
 * max of each, and the ratios.
 *
 *   node --import tsx bench/call-recovery.ts [rounds]
 */
import type { Page } from '@playwright/test';
import { launchPeer, peerPage } from '../playwright/support/browsers';
import { PATTERN_A, PATTERN_B, quadrantY4m } from '../playwright/support/media-files';
import { routedSocket } from '../playwright/support/routed-socket';
import { startConvene } from '../server/app';
import { testConfig } from '../server/test-support/test-config';

const rounds = Number(process.argv[2] ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Stat = { consumerId: string; framesDecoded: number };
const statsOf = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { conveneCall: { inboundVideoStats(): Promise<Stat[]> } }).conveneCall.inboundVideoStats(),
  );

/** Polls until the page says connected and decodes frames newer than `before` (on the same consumer or a new one). */
async function decodingAgain(page: Page, before: Stat[]): Promise<void> {
  const had = new Map(before.map((s) => [s.consumerId, s.framesDecoded]));
  for (const end = Date.now() + 30_000; Date.now() < end; await page.waitForTimeout(50)) {
    const state = await page
      .getByTestId('call-connection')
      .getAttribute('data-state')
      .catch(() => null);
    if (state !== 'connected') continue;
    const now = await statsOf(page).catch(() => [] as Stat[]);
    if (now.some((s) => s.framesDecoded > (had.get(s.consumerId) ?? 0) + 1)) return;
  }
  throw new Error('not decoding again after 30 s');
}

async function joinCall(page: Page, url: string, name: string): Promise<void> {
  await page.goto(`${url}/call/dev-bench-recovery`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join call' }).click();
  await page.getByTestId('call').waitFor({ timeout: 20_000 });
}

async function main(): Promise<void> {
  const app = await startConvene(testConfig({ CONVENE_DEV_TOKENS: 'true', LOG_LEVEL: 'silent' }), { web: true });
  const browsers = await Promise.all([
    launchPeer({ video: quadrantY4m(PATTERN_A) }),
    launchPeer({ video: quadrantY4m(PATTERN_B) }),
  ]);
  try {
    const [a, b] = await Promise.all(browsers.map((br) => peerPage(br, app.url)));
    const cut = await routedSocket(a!);
    const joinStart = Date.now();
    await joinCall(a!, app.url, 'Alice');
    await joinCall(b!, app.url, 'Bob');
    await Promise.all([decodingAgain(a!, []), decodingAgain(b!, [])]);
    const join = Date.now() - joinStart;

    const measure = async (label: string, event: () => Promise<void>) => {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const before = await Promise.all([statsOf(a!), statsOf(b!)]);
        const started = Date.now();
        await event();
        await Promise.all([decodingAgain(a!, before[0]), decodingAgain(b!, before[1])]);
        times.push(Date.now() - started);
        await a!.waitForTimeout(1_500); // settle: ICE, layers, the replacement worker
      }
      console.log(
        `${label}: median ${median(times)} ms, max ${Math.max(...times)} ms, ratio to the first join ${(median(times) / join).toFixed(2)} (${times.join(', ')})`,
      );
    };
    console.log(`first join (both pages open → both decoding): ${join} ms`);
    await measure('socket cut → both decoding, connected', () => cut.sever());
    await measure('worker killed → both decoding, connected', async () => {
      const host = app.sfu.workers.find((w) => w.routers.size > 0)!.worker;
      process.kill(host.pid, 'SIGKILL');
    });
  } finally {
    await Promise.all(browsers.map((br) => br.close()));
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
