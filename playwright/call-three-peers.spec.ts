import { expect, test } from './support/fixtures';
import { joinCall, type InCall } from './support/call-page';
import { PATTERN_A, PATTERN_B, quadrantY4m, silentWav, speechLikeWav } from './support/media-files';
import { framesDecoded } from './support/probes';

const speakerIn = (viewer: InCall) =>
  viewer.page.locator('[data-testid="tile"][data-active-speaker="true"]').getAttribute('data-peer-id');

test('three people each decode two remote videos; the active speaker follows who is talking', async ({
  convene,
  peers,
}) => {
  // Only Alice and Bob "talk"; Carol's microphone is silent throughout.
  const [bA, bB, bC] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A), audio: speechLikeWav(440) }),
    peers.launch({ video: quadrantY4m(PATTERN_B), audio: speechLikeWav(660) }),
    peers.launch({ audio: silentWav() }),
  ]);
  const a = await joinCall(bA, convene.url, 'three-peers', 'Alice');
  const b = await joinCall(bB, convene.url, 'three-peers', 'Bob');
  const c = await joinCall(bC, convene.url, 'three-peers', 'Carol');
  const everyone = [a, b, c];

  for (const viewer of everyone) {
    for (const sender of everyone.filter((p) => p !== viewer)) {
      await expect
        .poll(() => framesDecoded(viewer.tileOf(sender).locator('video'), 1000), { timeout: 15_000 })
        .toBeGreaterThan(5);
    }
  }

  // Bob mutes: only Alice sends sound, so everyone sees Alice as the speaker.
  await b.page.getByRole('button', { name: 'Mute microphone' }).click();
  for (const viewer of everyone)
    await expect
      .poll(() => speakerIn(viewer), { timeout: 10_000, message: `${viewer.name} sees Alice speaking` })
      .toBe(a.peerId);

  // Alice mutes and Bob unmutes: the highlight moves to Bob.
  await a.page.getByRole('button', { name: 'Mute microphone' }).click();
  await b.page.getByRole('button', { name: 'Unmute microphone' }).click();
  for (const viewer of everyone)
    await expect
      .poll(() => speakerIn(viewer), { timeout: 10_000, message: `${viewer.name} sees Bob speaking` })
      .toBe(b.peerId);
});
