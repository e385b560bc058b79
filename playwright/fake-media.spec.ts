import type { Browser, Locator, Page } from '@playwright/test';
import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { PATTERN_A, PATTERN_B, quadrantY4m, silentWav, toneWav, type Quadrants } from './support/media-files';
import { colourError, dominantFrequency, framesDecoded, quadrantColours, videoSize } from './support/probes';

// Proves the browser-test tooling on its own, without the SFU: the in-process server, the fake capture
// files and the probes. Each peer's camera and microphone must come out as that peer's pattern and tone.

// A localhost URL is a secure context, so getUserMedia is allowed; the route answers it without a server.
// With ?loopback the page also sends its media to itself over an RTCPeerConnection forced to VP8, so the
// probes are proven on decoded remote media too (the <audio> element is what Chrome's WebAudio needs).
const ORIGIN = 'http://localhost:9';
const PAGE = `<!doctype html><video id="local" autoplay muted playsinline></video>
<video id="remote" autoplay muted playsinline></video><audio id="remote-audio" autoplay></audio><script>
(async () => {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: true });
  window.localStream = stream;
  document.getElementById('local').srcObject = stream;
  if (!location.search.includes('loopback')) return;
  const [a, b] = [new RTCPeerConnection(), new RTCPeerConnection()];
  a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate);
  b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate);
  b.ontrack = ({ track }) => {
    const id = track.kind === 'video' ? 'remote' : 'remote-audio';
    document.getElementById(id).srcObject = new MediaStream([track]);
  };
  for (const track of stream.getTracks()) a.addTrack(track, stream);
  const vp8 = RTCRtpReceiver.getCapabilities('video').codecs.filter((c) => c.mimeType === 'video/VP8');
  a.getTransceivers().find((t) => t.sender.track.kind === 'video').setCodecPreferences(vp8);
  await a.setLocalDescription();
  await b.setRemoteDescription(a.localDescription);
  await b.setLocalDescription();
  await a.setRemoteDescription(b.localDescription);
})();
</script>`;

async function mediaPage(browser: Browser, query = ''): Promise<Page> {
  const page = await peerPage(browser);
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${ORIGIN}/media${query}`);
  await expect.poll(() => videoSize(page.locator('#local'))).toEqual({ width: 640, height: 480 });
  return page;
}

const localStream = (page: Page) => page.evaluateHandle(() => (window as { localStream?: MediaStream }).localStream!);

async function expectPicture(video: Locator, pattern: Quadrants, minFrames: number): Promise<void> {
  const colours = await quadrantColours(video);
  expect(colourError(colours, pattern), `quadrants ${JSON.stringify(colours)}`).toBeLessThanOrEqual(40);
  expect(await framesDecoded(video, 1000)).toBeGreaterThan(minFrames);
}

async function expectTone(source: Parameters<typeof dominantFrequency>[0], hz: number): Promise<void> {
  const tone = await dominantFrequency(source);
  expect(Math.abs(tone.hz - hz), `${tone.hz} Hz at ${tone.db} dB`).toBeLessThanOrEqual(25);
  expect(tone.db).toBeGreaterThan(-60);
}

test('the in-process server serves the NHS-styled home page and exposes its SFU', async ({ convene, peers }) => {
  const page = await peerPage(await peers.launch(), convene.url);
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Convene');
  await expect(page.locator('header.nhsuk-header')).toBeVisible();
  const room = await convene.rooms.getOrCreate('fixture-smoke');
  expect(await room.mediaState()).toEqual({ transports: 0, producers: 0, consumers: 0 });
  room.close();
  expect(convene.rooms.get('fixture-smoke')).toBeUndefined();
});

test('a peer captures its own quadrant pattern at full frame rate and a 440 Hz tone', async ({ peers }) => {
  const page = await mediaPage(await peers.launch({ video: quadrantY4m(PATTERN_A), audio: toneWav(440) }));
  await expectPicture(page.locator('#local'), PATTERN_A, 10);
  await expectTone(await localStream(page), 440);
});

test('a second peer with another pattern and 880 Hz is told apart from the first', async ({ peers }) => {
  const [a, b] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A), audio: toneWav(440) }).then((browser) => mediaPage(browser)),
    peers.launch({ video: quadrantY4m(PATTERN_B), audio: toneWav(880) }).then((browser) => mediaPage(browser)),
  ]);
  await expectPicture(b.locator('#local'), PATTERN_B, 10);
  await expectTone(await localStream(b), 880);
  expect(colourError(await quadrantColours(a.locator('#local')), PATTERN_B)).toBeGreaterThan(100);
  await expectTone(await localStream(a), 440);
});

test('the probes read VP8-decoded remote video and remote audio from an <audio> element', async ({ peers }) => {
  const browser = await peers.launch({ video: quadrantY4m(PATTERN_B), audio: toneWav(880) });
  const page = await mediaPage(browser, '?loopback');
  const remote = page.locator('#remote');
  await expect.poll(() => videoSize(remote), { timeout: 15_000 }).toEqual({ width: 640, height: 480 });
  // Frame rate through a software VP8 encoder and decoder on two cores varies (8–30 fps measured).
  await expectPicture(remote, PATTERN_B, 3);
  await expectTone(page.locator('#remote-audio'), 880);
});

test('a peer given the silent file sends silence', async ({ peers }) => {
  const page = await mediaPage(await peers.launch({ video: quadrantY4m(PATTERN_A), audio: silentWav() }));
  expect((await dominantFrequency(await localStream(page))).db).toBeLessThan(-100);
});
