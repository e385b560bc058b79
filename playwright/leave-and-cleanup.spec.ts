import { expect, test } from './support/fixtures';
import { joinCall } from './support/call-page';

test('mute pauses the producer on the server and shows as muted to others', async ({ convene, peers }) => {
  const [bA, bB] = await Promise.all([peers.launch(), peers.launch()]);
  const a = await joinCall(bA, convene.url, 'dev-mute', 'Nurse');
  const b = await joinCall(bB, convene.url, 'dev-mute', 'GP');
  const mic = () =>
    [...convene.rooms.get('dev-mute')!.peers.get(a.peerId)!.producers.values()].find(
      (p) => p.appData.source === 'mic',
    )!;
  await expect(b.tileOf(a)).toHaveAttribute('data-muted', 'false');

  await a.page.getByRole('button', { name: 'Mute microphone' }).click();
  await expect.poll(() => mic().paused).toBe(true);
  await expect(b.tileOf(a)).toHaveAttribute('data-muted', 'true');
  await expect(a.page.getByRole('button', { name: 'Unmute microphone' })).toHaveAttribute('aria-pressed', 'true');

  await a.page.getByRole('button', { name: 'Unmute microphone' }).click();
  await expect.poll(() => mic().paused).toBe(false);
  await expect(b.tileOf(a)).toHaveAttribute('data-muted', 'false');
});

test('leaving removes the tile from the others within 2 s; a browser closed abruptly is cleaned up on the SFU', async ({
  convene,
  peers,
}) => {
  const [bA, bB, bC] = await Promise.all([peers.launch(), peers.launch(), peers.launch()]);
  const a = await joinCall(bA, convene.url, 'dev-cleanup', 'Clinician');
  const b = await joinCall(bB, convene.url, 'dev-cleanup', 'Patient');
  const c = await joinCall(bC, convene.url, 'dev-cleanup', 'Interpreter');
  const room = convene.rooms.get('dev-cleanup')!;
  // Three people, each with a send and a receive transport, a mic and a camera, consuming the other two's.
  await expect.poll(() => room.mediaState()).toEqual({ transports: 6, producers: 6, consumers: 12 });

  await b.page.getByRole('button', { name: 'Leave call' }).click();
  await expect(b.page.getByRole('heading', { name: 'You have left the call' })).toBeVisible();
  await expect(a.tileOf(b)).toHaveCount(0, { timeout: 2000 });
  await expect(c.tileOf(b)).toHaveCount(0, { timeout: 2000 });
  await expect.poll(() => room.mediaState()).toEqual({ transports: 4, producers: 4, consumers: 4 });

  // The interpreter's browser dies without a word: their tile says "Reconnecting" while the server keeps
  // their place (CALL_RESUME_GRACE_SECONDS), then, nobody resuming it, the SFU frees everything it held.
  await bC.close();
  await expect(a.tileOf(c)).toHaveAttribute('data-reconnecting', 'true');
  await expect(a.tileOf(c)).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => room.mediaState()).toEqual({ transports: 2, producers: 2, consumers: 0 });
  expect(room.peers.has(c.peerId)).toBe(false);

  // The last one's browser closes too: once their place expires, the room itself is gone.
  await bA.close();
  await expect.poll(() => convene.rooms.get('dev-cleanup'), { timeout: 30_000 }).toBeUndefined();
  expect(room.router.closed).toBe(true);
});
