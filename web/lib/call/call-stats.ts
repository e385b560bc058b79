import type { Consumer } from 'mediasoup-client/types';

/** One remote video's decoding figures: whether frames arrive, and at which simulcast size. */
export interface InboundVideoStat {
  consumerId: string;
  source: string;
  framesDecoded: number;
  frameWidth?: number;
}

/** Read from the browser's WebRTC stats, for the call's diagnostics panel and tests. */
export async function readInboundVideoStats(consumers: Iterable<Consumer>): Promise<InboundVideoStat[]> {
  const out: InboundVideoStat[] = [];
  for (const consumer of consumers) {
    if (consumer.kind !== 'video') continue;
    for (const s of (await consumer.getStats()).values()) {
      if (s.type === 'inbound-rtp') {
        out.push({
          consumerId: consumer.id,
          source: String((consumer.appData as { source: string }).source),
          framesDecoded: s.framesDecoded ?? 0,
          frameWidth: s.frameWidth,
        });
      }
    }
  }
  return out;
}
