import type { Locator } from '@playwright/test';
import type { RunningConvene } from '../server/app';
import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { PATTERN_A, quadrantY4m, silentWav, toneWav } from './support/media-files';
import { dominantFrequency, framesDecoded } from './support/probes';

// The pre-call check on its demo page (/check), through the real SFU: the connectivity figures shown are what
// the server measured from the probe's producer.

/** Routers on the SFU that belong to no room: the probes still open. */
const probeRouters = (convene: RunningConvene) =>
  convene.sfu.workers.reduce((n, w) => n + w.routers.size, 0) - convene.rooms.all.length;

const level = async (meter: Locator) => Number(await meter.getAttribute('aria-valuenow'));

test('the check passes with a working camera, microphone, speaker and connection', async ({ convene, peers }) => {
  const browser = await peers.launch({ video: quadrantY4m(PATTERN_A), audio: toneWav(440) });
  const page = await peerPage(browser, convene.url);
  await page.goto('/check');
  // While the probe runs the SFU holds a router for it beyond the rooms; it is gone once the result is in.
  await expect.poll(() => probeRouters(convene)).toBe(1);

  await expect.poll(() => framesDecoded(page.getByLabel('Your camera preview'), 500)).toBeGreaterThan(3);
  // The 440 Hz tone at half scale is about -9 dBFS. The meter reads the track as the call will send it,
  // after Chromium's noise suppression, which turns a steady tone down over a few seconds as it would a
  // hum: so "speaking level" or louder, said in words too, where silence reads "no sound".
  const meter = page.getByRole('meter', { name: 'Microphone level' });
  await expect.poll(() => level(meter)).toBeGreaterThan(40);
  await expect(meter).toHaveAttribute('aria-valuetext', /out of 100, (speaking level|loud)$/);
  await expect(page.getByText('We can hear your microphone.')).toBeVisible();

  const result = page.getByTestId('connection-result');
  await expect(result).toHaveAttribute('data-connected', 'true', { timeout: 20_000 });
  await expect(result).toHaveAttribute('data-protocol', 'udp');
  const kbps = Number(await result.getAttribute('data-bitrate-kbps'));
  console.log(`probe bitrate measured by the server: ${kbps} kbps`);
  expect(kbps).toBeGreaterThan(0);
  await expect(page.getByTestId('connection-check')).toHaveAttribute('data-status', 'working');
  await expect.poll(() => probeRouters(convene)).toBe(0);

  await page.getByRole('button', { name: 'Play test sound' }).click();
  const tone = await dominantFrequency(page.getByTestId('test-sound'), 800);
  expect(Math.abs(tone.hz - 660), `${tone.hz} Hz at ${tone.db} dB`).toBeLessThanOrEqual(25);
  await page.getByRole('button', { name: 'Yes, I heard it' }).click();

  const verdict = page.getByTestId('precheck-verdict');
  await expect(verdict).toHaveAttribute('data-passed', 'true');
  await expect(verdict).toContainText('Your camera, microphone and connection are working');
  await page.getByRole('button', { name: 'Finish check' }).click();
  const done = page.getByTestId('precheck-done');
  await expect(done).toHaveAttribute('data-passed', 'true');
  await expect(done).toContainText(/Camera, microphone and connection working \(UDP, \d+ kbps\); speaker confirmed/);
});

test('a blocked camera and a silent microphone are named with what to do; the connection is still tested', async ({
  convene,
  peers,
}) => {
  // Camera access is left to the context, which grants only the microphone: the camera is refused as if blocked.
  const browser = await peers.launch({ audio: silentWav(), permissionsFromContext: true });
  const context = await browser.newContext({ baseURL: convene.url, permissions: ['microphone'] });
  const page = await context.newPage();
  await page.goto('/check');

  await expect(page.getByTestId('camera-check')).toHaveAttribute('data-status', 'problem');
  await expect(page.getByLabel('Your camera preview')).toHaveCount(0);
  // The probe sends a drawn test pattern, never the camera, so the network is measured without one.
  const result = page.getByTestId('connection-result');
  await expect(result).toHaveAttribute('data-connected', 'true', { timeout: 20_000 });
  const kbps = Number(await result.getAttribute('data-bitrate-kbps'));
  console.log(`probe bitrate measured by the server, camera blocked: ${kbps} kbps`);
  expect(kbps).toBeGreaterThan(0);
  // Silence from the microphone leaves the meter at the bottom.
  expect(await level(page.getByRole('meter', { name: 'Microphone level' }))).toBe(0);

  await page.getByRole('button', { name: 'Play test sound' }).click();
  await page.getByRole('button', { name: 'No, I did not hear it' }).click();

  const verdict = page.getByTestId('precheck-verdict');
  await expect(verdict).toHaveAttribute('data-passed', 'false');
  await expect(verdict).toContainText('We found 3 problems');
  await expect(verdict.locator('[data-problem="camera-blocked"]')).toContainText('Your browser has blocked the camera');
  await expect(verdict.locator('[data-problem="camera-blocked"]')).toContainText(/address bar and choose Allow/);
  await expect(verdict.locator('[data-problem="mic-silent"]')).toContainText(/not muted/);
  await expect(verdict.locator('[data-problem="speaker-not-heard"]')).toContainText(/Turn up the volume/);
  await expect(verdict.locator('[data-problem^="connection"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Finish check' }).click();
  const done = page.getByTestId('precheck-done');
  await expect(done).toHaveAttribute('data-passed', 'false');
  await expect(done).toContainText(
    'Problems: camera blocked by the browser; no microphone signal; did not hear the test sound',
  );
  await expect(page.getByTestId('mic-check')).toHaveAttribute('data-status', 'problem');

  // Allowed now, as the advice says, and checked again over the same connection (a second probe).
  await context.grantPermissions(['camera', 'microphone']);
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByTestId('camera-check')).toHaveAttribute('data-status', 'working');
  await expect(page.getByLabel('Your camera preview')).toBeVisible();
  await expect(verdict).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(verdict).toContainText('We could not hear your microphone');
  await expect(verdict.locator('[data-problem]')).toHaveCount(1);
  await expect(page.getByTestId('connection-result')).toHaveAttribute('data-connected', 'true');
  await expect.poll(() => probeRouters(convene)).toBe(0);
});
