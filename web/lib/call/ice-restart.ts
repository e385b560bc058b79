import type { Transport } from 'mediasoup-client/types';
import type { SignallingLink } from './signalling-link';

const BROKEN: ReadonlySet<string> = new Set(['disconnected', 'failed']);
// Tried again this often while the path stays broken (a restart asked for mid-outage can find nothing).
const RETRY_MS = 2_000;
const restarting = new WeakSet<Transport>();

/**
 * Asks the server for fresh ICE credentials for a transport whose path broke (Wi-Fi to 4G, a
 * network cut) and hands them to the browser, which then finds a path again by itself. One
 * restart at a time per transport; repeated while it stays broken.
 */
export async function restartIceIfBroken(link: SignallingLink, transport: Transport): Promise<void> {
  if (transport.closed || !BROKEN.has(transport.connectionState) || restarting.has(transport)) return;
  restarting.add(transport);
  try {
    const { iceParameters } = await link.request('transport.restartIce', { transportId: transport.id });
    await transport.restartIce({
      iceParameters: iceParameters as Parameters<Transport['restartIce']>[0]['iceParameters'],
    });
  } catch {
    // The socket is down too: the resume that follows tries again.
  } finally {
    restarting.delete(transport);
  }
  setTimeout(() => void restartIceIfBroken(link, transport), RETRY_MS);
}

/** Watches a transport's connection and restarts ICE whenever its path breaks. */
export function restartIceWhenBroken(link: SignallingLink, transport: Transport): void {
  transport.on('connectionstatechange', (state) => {
    if (BROKEN.has(state)) void restartIceIfBroken(link, transport);
  });
}
