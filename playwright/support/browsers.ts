import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export interface PeerMedia {
  /** A .y4m file for the fake camera (see media-files.ts); without it Chromium's animated test pattern. */
  video?: string;
  /** A .wav file for the fake microphone; without it Chromium's periodic beep. */
  audio?: string;
  /**
   * Leave camera and microphone access to each context's `permissions` instead of allowing every request:
   * a context not granted the camera is then refused it (NotAllowedError), as after a click on "Block".
   */
  permissionsFromContext?: boolean;
}

// Debian's Chromium, never a downloaded one. Its wrapper script prints a harmless "[: … unexpected operator".
const CHROMIUM = '/usr/bin/chromium';

// The fake-device flags make getUserMedia and getDisplayMedia resolve without prompts (getDisplayMedia gives a
// synthetic screen track). --auto-select-desktop-capture-source must not be added: headless it never resolves.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // 15 frames a second from Chromium's own test camera: a 2-core machine then encodes and decodes three or
  // four peers' simulcast without starving (at its default 20 a third peer's browser barely starts).
  '--use-fake-device-for-media-stream=fps=15',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * One Chromium process per peer: the fake capture files apply to the whole process, so peers that must be
 * told apart (different quadrant colours, different tones) need separate browsers.
 */
export function launchPeer(media: PeerMedia = {}): Promise<Browser> {
  const args = media.permissionsFromContext ? ARGS.filter((a) => a !== '--use-fake-ui-for-media-stream') : [...ARGS];
  if (media.video) args.push(`--use-file-for-fake-video-capture=${media.video}`);
  if (media.audio) args.push(`--use-file-for-fake-audio-capture=${media.audio}`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/** A context with camera and microphone granted, as a user who clicked "Allow" would have. */
export function peerContext(
  browser: Browser,
  baseURL?: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ permissions: ['camera', 'microphone'], ...(baseURL ? { baseURL } : {}), ...options });
}

/** A page in a fresh permitted context; closing the browser closes both. */
export async function peerPage(browser: Browser, baseURL?: string, options?: BrowserContextOptions): Promise<Page> {
  return (await peerContext(browser, baseURL, options)).newPage();
}
