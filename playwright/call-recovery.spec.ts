import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { joinCall, type InCall } from './support/call-page';
import { PATTERN_A, PATTERN_B, quadrantY4m } from './support/media-files';
import { colourError, framesDecoded, quadrantColours } from './support/probes';
import { routedSocket, type RoutedSocket } from './support/routed-socket';

/** Each decodes the other's camera, with the other's own pixels: frames keep coming, not one frozen. */
async function decodingEachOther(a: InCall, b: InCall): Promise<void> {
  for (const [viewer, sender, pattern] of [
    [a, b, PATTERN_B],
    [b, a, PATTERN_A],
  ] as const) {
    const video = viewer.tileOf(sender).locator('video');
    await expect.poll(() => framesDecoded(video, 1000), { timeout: 15_000 }).toBeGreaterThan(3);
    await expect
      .poll(async () => colourError(await quadrantColours(video), pattern), { timeout: 10_000 })
      .toBeLessThanOrEqual(40);
  }
}

async function twoInACall(
  peers: { launch(m?: object): Promise<Browser> },
  url: string,
  room: string,
  /** Whether the test holds each page's socket (to cut it and hear what the server said). */
  routed: boolean,
) {
  const [browserA, browserB] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A) }),
    peers.launch({ video: quadrantY4m(PATTERN_B) }),
  ]);
  const sockets: RoutedSocket[] = [];
  const route = routed ? async (page: Page) => void sockets.push(await routedSocket(page)) : undefined;
  const a = await joinCall(browserA, url, room, 'Alice', undefined, route);
  const b = await joinCall(browserB, url, room, 'Bob', undefined, route);
  await decodingEachOther(a, b);
  return { a, b, socketA: sockets[0]!, socketB: sockets[1]! };
}

test('the server closes one person’s signalling socket mid-call: the call resumes by itself, the other never sees a leave, both decode again', async ({
  convene,
  peers,
}) => {
  const { a, b, socketA, socketB } = await twoInACall(peers, convene.url, 'dev-resume', true);
  const cut = Date.now();
  await socketA.sever();
  // Bob is told Alice is back (and, when the server noticed the cut before her new socket came,
  // that she was reconnecting meanwhile): her tile stays where it was throughout.
  await expect
    .poll(() => socketB.heard('peer.connection').at(-1), { timeout: 15_000 })
    .toEqual({ peerId: a.peerId, state: 'connected' });
  await expect(a.page.getByTestId('call-connection')).toHaveAttribute('data-state', 'connected');
  await decodingEachOther(a, b);
  console.log(`[call-recovery] socket cut to both decoding again: ${Date.now() - cut} ms`);
  expect(socketB.heard('peer.left'), 'Bob never saw Alice leave').toEqual([]);
  expect(socketA.heard('peer.left'), 'nor Alice Bob').toEqual([]);
  expect(socketB.heard('peer.joined'), 'nor anyone join again').toEqual([]);
  // The room is as it was: two people, on the server as well.
  expect(convene.rooms.get('dev-resume')?.peers.size).toBe(2);
});

test('the media worker hosting a call is killed: both rejoin by themselves and decode each other again', async ({
  convene,
  peers,
}) => {
  const { a, b } = await twoInACall(peers, convene.url, 'dev-failover', false);
  const victim = convene.sfu.workers.find((w) => w.routers.size > 0)!.worker;
  const killed = Date.now();
  process.kill(victim.pid, 'SIGKILL');
  await expect.poll(() => convene.sfu.workers.some((w) => w.worker.pid !== victim.pid), { timeout: 10_000 }).toBe(true);
  await decodingEachOther(a, b);
  console.log(`[call-recovery] worker killed to both decoding again: ${Date.now() - killed} ms`);
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId('call-connection')).toHaveAttribute('data-state', 'connected');
    await expect(page.getByText('The connection to the call was lost')).toHaveCount(0);
  }
  const room = convene.rooms.get('dev-failover');
  expect(room?.peers.size).toBe(2);
  expect(convene.sfu.workers.find((w) => w.routers.has(room!.router))?.worker.pid).not.toBe(victim.pid);
});
