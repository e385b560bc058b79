import { expect, test } from './support/fixtures';
import { joinCall } from './support/call-page';
import { framesDecoded } from './support/probes';

test('the camera is sent in three layers and each viewer gets the layer that fits its tile, phone included', async ({
  convene,
  peers,
}) => {
  // Chromium's default fake camera honours the 1280×720 the call asks for, so all three layers exist.
  const [bA, bB] = await Promise.all([peers.launch(), peers.launch()]);
  const a = await joinCall(bA, convene.url, 'dev-simulcast', 'Consultant');
  // The viewer's screen has two device pixels per CSS pixel, as most laptops and phones now do: the layer
  // must fit the tile in device pixels.
  const b = await joinCall(bB, convene.url, 'dev-simulcast', 'Patient', { deviceScaleFactor: 2 });
  const room = convene.rooms.get('dev-simulcast')!;
  const camera = room.peers.get(a.peerId)!.producers;
  const bConsumer = () => [...room.peers.get(b.peerId)!.consumers.values()].find((c) => c.appData.source === 'camera')!;

  await expect
    .poll(async () => [...camera.values()].find((p) => p.appData.source === 'camera')!.rtpParameters.encodings!.length)
    .toBe(3);
  expect(bConsumer().type).toBe('simulcast');

  // A desktop-sized window: two tiles side by side, each about 470×265 CSS pixels, 940×530 on the screen,
  // which only the full layer fills.
  await b.page.setViewportSize({ width: 1600, height: 1000 });
  await expect.poll(() => bConsumer().preferredLayers?.spatialLayer, { timeout: 10_000 }).toBe(2);

  // The same call on a small phone (320×568, as an iPhone SE): tiles stacked, each about 288×162 CSS pixels,
  // so the half layer; still decoding, and nothing wider than the screen.
  await b.page.setViewportSize({ width: 320, height: 568 });
  await expect.poll(() => bConsumer().preferredLayers?.spatialLayer, { timeout: 10_000 }).toBe(1);
  await expect.poll(() => framesDecoded(b.tileOf(a).locator('video'), 1000), { timeout: 15_000 }).toBeGreaterThan(3);
  expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const leave = b.page.getByRole('button', { name: 'Leave call' });
  await leave.scrollIntoViewIfNeeded();
  await expect(leave).toBeInViewport();
});
