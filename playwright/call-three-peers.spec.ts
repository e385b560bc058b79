import { expect, test } from './support/fixtures';
import { joinCall, type InCall } from './support/call-page';
import { PATTERN_A, PATTERN_B, quadrantY4m, silentWav, speechLikeWav } from './support/media-files';
import { framesDecoded } from './support/probes';

/** Whom this viewer's page highlights as speaking: one tile at most. */
const speakerIn = (viewer: InCall) =>
  viewer.page
    .locator('[data-testid="tile"][data-active-speaker="true"]')
    .evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-peer-id')));

test('three people each decode two remote videos; the active speaker follows who is talking, late joiners included', async ({
  convene,
  peers,
}) => {
  // Only Alice and Bob "talk"; Carol's microphone is silent throughout.
  const [bA, bB, bC] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A), audio: speechLikeWav(440) }),
    peers.launch({ video: quadrantY4m(PATTERN_B), audio: speechLikeWav(660) }),
    peers.launch({ audio: silentWav() }),
  ]);
  const a = await joinCall(bA, convene.url, 'dev-three-peers', 'Alice');
  const b = await joinCall(bB, convene.url, 'dev-three-peers', 'Bob');

  // Bob mutes: only Alice sends sound, so both see Alice as the speaker.
  await b.page.getByRole('button', { name: 'Mute microphone' }).click();
  for (const viewer of [a, b])
    await expect
      .poll(() => speakerIn(viewer), { timeout: 10_000, message: `${viewer.name} sees Alice speaking` })
      .toEqual([a.peerId]);

  // Carol joins while Alice goes on talking: the speaker does not change, so no one announces it again;
  // Carol learns it as she joins.
  const c = await joinCall(bC, convene.url, 'dev-three-peers', 'Carol');
  await expect
    .poll(() => speakerIn(c), { timeout: 3_000, message: 'Carol, joining late, sees Alice speaking' })
    .toEqual([a.peerId]);
  const everyone = [a, b, c];

  for (const viewer of everyone) {
    for (const sender of everyone.filter((p) => p !== viewer)) {
      await expect
        .poll(() => framesDecoded(viewer.tileOf(sender).locator('video'), 1000), { timeout: 20_000 })
        .toBeGreaterThan(3);
    }
  }

  // Alice mutes and Bob unmutes: the highlight moves to Bob.
  await a.page.getByRole('button', { name: 'Mute microphone' }).click();
  await b.page.getByRole('button', { name: 'Unmute microphone' }).click();
  for (const viewer of everyone)
    await expect
      .poll(() => speakerIn(viewer), { timeout: 10_000, message: `${viewer.name} sees Bob speaking` })
      .toEqual([b.peerId]);
});
