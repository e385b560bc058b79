import { expect, test } from './support/fixtures';
import { joinCall } from './support/call-page';
import { framesDecoded, videoSize } from './support/probes';

test('a shared screen is decoded by the others in presenter view, and stopping it returns to the grid', async ({
  convene,
  peers,
}) => {
  const [bA, bB, bC] = await Promise.all([peers.launch(), peers.launch(), peers.launch()]);
  const a = await joinCall(bA, convene.url, 'dev-screen-share', 'Chair');
  const b = await joinCall(bB, convene.url, 'dev-screen-share', 'Radiologist');
  const c = await joinCall(bC, convene.url, 'dev-screen-share', 'Coordinator');
  const viewers = [b, c];
  for (const v of viewers) await expect(v.page.getByTestId('call')).toHaveAttribute('data-layout', 'grid');

  await b.page.getByRole('button', { name: 'Share screen' }).click();
  await expect(b.page.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
  for (const v of [a, c]) {
    await expect(v.page.getByTestId('call')).toHaveAttribute('data-layout', 'presenter');
    const screen = v.tileOf(b, 'screen').locator('video');
    await expect.poll(() => framesDecoded(screen, 1000), { timeout: 15_000 }).toBeGreaterThan(3);
    // The synthetic screen is 1280×720 wide, unlike the 640×480 camera: this is the screen track.
    await expect.poll(async () => (await videoSize(screen)).width, { timeout: 10_000 }).toBeGreaterThan(640);
    // Cameras are still shown beside it.
    await expect(v.tileOf(b, 'camera')).toBeVisible();
  }
  expect(
    [...convene.rooms.get('dev-screen-share')!.peers.get(b.peerId)!.producers.values()]
      .map((p) => p.appData.source)
      .sort(),
  ).toEqual(['camera', 'mic', 'screen']);

  await b.page.getByRole('button', { name: 'Stop sharing' }).click();
  for (const v of [a, c]) {
    await expect(v.page.getByTestId('call')).toHaveAttribute('data-layout', 'grid');
    await expect(v.tileOf(b, 'screen')).toHaveCount(0);
  }
  await expect.poll(() => convene.rooms.get('dev-screen-share')!.peers.get(b.peerId)!.producers.size).toBe(2);
});
