/**
 * Join time: a click on "Join call" until the first remote video frame is presented
 * (requestVideoFrameCallback), through Convene's SFU, next to a plain peer-to-peer call between
 * two pages measured in the same run on the same machine. Prints medians and the ratio.
 *
 *   node --import tsx bench/join-time.ts [rounds]
 */
import type { Browser, Page } from '@playwright/test';
import { launchPeer, peerPage } from '../playwright/support/browsers';
import { startConvene } from '../server/app';
import { testConfig } from '../server/test-support/test-config';

const rounds = Number(process.argv[2] ?? 5);

declare global {
  interface Window {
    __firstRemoteFrameAt?: number;
    __clickedAt?: number;
    __pc?: RTCPeerConnection;
  }
}

/**
 * In the page: note when the first frame of any remote <video> is presented. Passed as text
 * because tsx's transform would otherwise wrap the inner functions in a helper the page lacks.
 */
function watchFirstRemoteFrame(page: Page, selector: string): Promise<void> {
  return page.evaluate(`(() => {
    const seen = new WeakSet();
    const hook = () => {
      for (const v of document.querySelectorAll(${JSON.stringify(selector)})) {
        if (seen.has(v)) continue;
        seen.add(v);
        v.requestVideoFrameCallback(() => { window.__firstRemoteFrameAt ??= performance.now(); });
      }
    };
    new MutationObserver(hook).observe(document.body, { subtree: true, childList: true });
    hook();
  })()`);
}

async function sfuJoin(url: string, host: Browser, guest: Browser, room: string): Promise<number> {
  const a = await peerPage(host);
  await a.goto(`${url}/call/${room}`);
  await a.getByLabel('Your name').fill('Host');
  await a.getByRole('button', { name: 'Join call' }).click();
  await a.getByTestId('call').waitFor();

  const b = await peerPage(guest);
  await b.goto(`${url}/call/${room}`);
  await b.getByLabel('Your name').fill('Guest');
  // The camera preview is running before the click, as it is for a person who checks it first.
  await b.locator('.convene-preview video').waitFor();
  await watchFirstRemoteFrame(b, '[data-testid="tile"][data-local="false"] video');
  await b.evaluate(() => {
    document
      .querySelector('button[type="submit"]')!
      .addEventListener('click', () => (window.__clickedAt = performance.now()), { capture: true });
  });
  await b.getByRole('button', { name: 'Join call' }).click();
  await b.waitForFunction(() => window.__firstRemoteFrameAt !== undefined, null, { timeout: 20_000 });
  const ms = await b.evaluate(() => window.__firstRemoteFrameAt! - window.__clickedAt!);
  await a.context().close();
  await b.context().close();
  return ms;
}

/** Two pages, one RTCPeerConnection each, SDP passed by the test: the floor an SFU is measured against. */
async function p2pJoin(url: string, host: Browser, guest: Browser): Promise<number> {
  const a = await peerPage(host);
  const b = await peerPage(guest);
  for (const p of [a, b]) {
    await p.goto(`${url}/`);
    await p.evaluate(async () => {
      const pc = new RTCPeerConnection();
      window.__pc = pc;
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 1280, height: 720 } });
      const preview = document.createElement('video');
      preview.muted = true;
      preview.srcObject = stream;
      await preview.play();
      pc.ontrack = (e) => {
        if (e.track.kind !== 'video' || document.getElementById('remote')) return;
        const v = document.createElement('video');
        v.id = 'remote';
        v.muted = true;
        v.autoplay = true;
        v.srcObject = new MediaStream([e.track]);
        document.body.append(v);
      };
      (window as unknown as { __stream: MediaStream }).__stream = stream;
    });
  }
  await watchFirstRemoteFrame(b, '#remote');
  // The "click": the guest adds its tracks and offers; the host answers. Candidates are gathered
  // fully before each description is passed (no trickle), which costs P2P little on loopback.
  await b.evaluate(() => (window.__clickedAt = performance.now()));
  const offer = await b.evaluate(async () => {
    const pc = window.__pc!;
    const stream = (window as unknown as { __stream: MediaStream }).__stream;
    for (const t of stream.getTracks()) pc.addTrack(t, stream);
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise<void>((r) =>
      pc.iceGatheringState === 'complete'
        ? r()
        : pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && r()),
    );
    return pc.localDescription!.toJSON();
  });
  const answer = await a.evaluate(async (o) => {
    const pc = window.__pc!;
    const stream = (window as unknown as { __stream: MediaStream }).__stream;
    await pc.setRemoteDescription(o);
    for (const t of stream.getTracks()) pc.addTrack(t, stream);
    await pc.setLocalDescription(await pc.createAnswer());
    await new Promise<void>((r) =>
      pc.iceGatheringState === 'complete'
        ? r()
        : pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && r()),
    );
    return pc.localDescription!.toJSON();
  }, offer);
  await b.evaluate(async (ans) => window.__pc!.setRemoteDescription(ans), answer);
  await b.waitForFunction(() => window.__firstRemoteFrameAt !== undefined, null, { timeout: 20_000 });
  const ms = await b.evaluate(() => window.__firstRemoteFrameAt! - window.__clickedAt!);
  await a.context().close();
  await b.context().close();
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const app = await startConvene(testConfig({ CONVENE_DEV_TOKENS: 'true' }), { web: true });
  const host = await launchPeer();
  const guest = await launchPeer();
  const sfu: number[] = [];
  const p2p: number[] = [];
  try {
    // One warm-up of each, not counted: the first page load compiles and caches the bundle.
    await sfuJoin(app.url, host, guest, 'dev-bench-warmup');
    await p2pJoin(app.url, host, guest);
    for (let i = 0; i < rounds; i++) {
      sfu.push(await sfuJoin(app.url, host, guest, `dev-bench-${i}`));
      p2p.push(await p2pJoin(app.url, host, guest));
    }
  } finally {
    await host.close();
    await guest.close();
    await app.close();
  }
  const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`join → first remote frame, ${rounds} rounds each, interleaved`);
  console.log(`  Convene SFU : median ${median(sfu).toFixed(0)} ms  [${fmt(sfu)}]`);
  console.log(`  plain P2P   : median ${median(p2p).toFixed(0)} ms  [${fmt(p2p)}]`);
  console.log(`  ratio SFU / P2P: ${(median(sfu) / median(p2p)).toFixed(2)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
