import { expect, test } from './support/fixtures';
import { joinCall } from './support/call-page';
import { PATTERN_A, PATTERN_B, quadrantY4m, toneWav } from './support/media-files';
import { colourError, dominantFrequency, framesDecoded, quadrantColours } from './support/probes';

test('two people each see the other’s camera and hear the other’s microphone through the SFU', async ({
  convene,
  peers,
}) => {
  const [browserA, browserB] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A), audio: toneWav(440) }),
    peers.launch({ video: quadrantY4m(PATTERN_B), audio: toneWav(880) }),
  ]);
  const a = await joinCall(browserA, convene.url, 'dev-two-peers', 'Alice');
  const b = await joinCall(browserB, convene.url, 'dev-two-peers', 'Bob');

  for (const [viewer, sender, pattern, hz] of [
    [a, b, PATTERN_B, 880],
    [b, a, PATTERN_A, 440],
  ] as const) {
    const video = viewer.tileOf(sender).locator('video');
    await expect(video).toBeVisible();
    // Frames keep arriving and being decoded, not a single frozen frame (the file is 30 fps; a loaded
    // 2-core machine decodes 8 to 30 of them a second).
    await expect.poll(() => framesDecoded(video, 1000), { timeout: 15_000 }).toBeGreaterThan(5);
    const first = (await viewer.page.evaluate(() => window.conveneCall!.inboundVideoStats())) as {
      framesDecoded: number;
    }[];
    await viewer.page.waitForTimeout(500);
    const later = (await viewer.page.evaluate(() => window.conveneCall!.inboundVideoStats())) as {
      framesDecoded: number;
    }[];
    expect(later[0]!.framesDecoded).toBeGreaterThan(first[0]!.framesDecoded);
    // The pixels are the sender's own quadrants: real video crossed the SFU.
    await expect
      .poll(async () => colourError(await quadrantColours(video), pattern), { timeout: 10_000 })
      .toBeLessThanOrEqual(40);
    // And the sender's tone is what comes out of the remote audio element.
    const tone = await dominantFrequency(viewer.page.getByTestId('remote-audio').first());
    expect(Math.abs(tone.hz - hz), `${tone.hz.toFixed(0)} Hz at ${tone.db.toFixed(0)} dB`).toBeLessThanOrEqual(25);
    expect(tone.db).toBeGreaterThan(-70);
  }
});
