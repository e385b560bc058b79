import type { JSHandle, Locator } from '@playwright/test';
import type { Quadrants } from './media-files';

/**
 * Measurements of what a peer actually sees and hears, taken inside the page. The functions handed to
 * evaluate() are serialised into the browser, so each must be self-contained.
 */

/** Average RGB of a 16×16 box at the centre of each quadrant of the video's current frame, at its own size. */
export function quadrantColours(video: Locator): Promise<Quadrants> {
  return video.evaluate((el: HTMLVideoElement) => {
    const { videoWidth: w, videoHeight: h } = el;
    if (!w || !h) throw new Error('the video has no frame yet');
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(el, 0, 0, w, h);
    const box = 16;
    const at = (fx: number, fy: number): [number, number, number] => {
      const { data } = ctx.getImageData(Math.round(w * fx - box / 2), Math.round(h * fy - box / 2), box, box);
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
      const n = data.length / 4;
      return [Math.round(sum[0]! / n), Math.round(sum[1]! / n), Math.round(sum[2]! / n)];
    };
    return [at(0.25, 0.25), at(0.75, 0.25), at(0.25, 0.75), at(0.75, 0.75)];
  });
}

/** The largest difference in any channel of any quadrant: 0 is exact, 255 is opposite. */
export function colourError(actual: Quadrants, expected: Quadrants): number {
  return Math.max(...actual.flatMap((rgb, q) => rgb.map((x, c) => Math.abs(x - expected[q]![c]!))));
}

/**
 * Whether every channel of every quadrant is within `tolerance`. Measured: 2 for the local camera and for
 * steady VP8, up to 9 on the first low-bitrate VP8 frames; the patterns differ by ≥ 128 in some channel.
 */
export function coloursMatch(actual: Quadrants, expected: Quadrants, tolerance = 40): boolean {
  return colourError(actual, expected) <= tolerance;
}

/** Frames presented by the video element within `ms`: a frozen or stalled stream gives ~0. */
export function framesDecoded(video: Locator, ms = 1000): Promise<number> {
  return video.evaluate(
    (el: HTMLVideoElement, ms) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        let done = false;
        const onFrame = () => {
          if (done) return;
          frames++;
          el.requestVideoFrameCallback(onFrame);
        };
        el.requestVideoFrameCallback(onFrame);
        setTimeout(() => {
          done = true;
          resolve(frames);
        }, ms);
      }),
    ms,
  );
}

/** The intrinsic size of the video's current frame (0×0 before the first frame). */
export function videoSize(video: Locator): Promise<{ width: number; height: number }> {
  return video.evaluate((el: HTMLVideoElement) => ({ width: el.videoWidth, height: el.videoHeight }));
}

export interface Tone {
  /** Frequency of the strongest spectrum bin, refined by parabolic interpolation. */
  hz: number;
  /** Its level in dBFS; silence is far below -100. */
  db: number;
}

/**
 * The strongest frequency in an <audio>/<video> element's srcObject, or in a MediaStream handle
 * (e.g. `await page.evaluateHandle(() => window.localStream)`). Listens for `ms` through an
 * AnalyserNode (fftSize 8192, ~5.9 Hz bins at 48 kHz).
 */
export function dominantFrequency(source: Locator | JSHandle<MediaStream>, ms = 1000): Promise<Tone> {
  const measure = async (target: HTMLMediaElement | MediaStream, ms: number): Promise<Tone> => {
    const stream = target instanceof MediaStream ? target : target.srcObject;
    if (!(stream instanceof MediaStream) || stream.getAudioTracks().length === 0) {
      throw new Error('no audio track to analyse');
    }
    // Chrome feeds a remote WebRTC stream to WebAudio only while some media element plays it; a bare
    // stream gets a muted, detached one for the measurement.
    const player = target instanceof MediaStream ? new Audio() : undefined;
    if (player) {
      player.muted = true;
      player.srcObject = stream;
      await player.play();
    }
    const ctx = new AudioContext();
    try {
      await ctx.resume();
      const analyser = new AnalyserNode(ctx, { fftSize: 8192, smoothingTimeConstant: 0 });
      ctx.createMediaStreamSource(stream).connect(analyser);
      // Average the power spectra of many snapshots after a short warm-up: a single snapshot of a remote
      // track sometimes catches a jitter-buffer gap and reads tens of dB low.
      const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
      const warmUp = Math.min(300, ms / 3);
      await sleep(warmUp);
      const snapshot = new Float32Array(analyser.frequencyBinCount);
      const power = new Float64Array(analyser.frequencyBinCount);
      let snapshots = 0;
      for (const end = performance.now() + ms - warmUp; performance.now() < end; snapshots++) {
        analyser.getFloatFrequencyData(snapshot);
        for (let i = 0; i < power.length; i++) power[i]! += 10 ** (snapshot[i]! / 10);
        await sleep(50);
      }
      const bins = Array.from(power, (p) => Math.max(10 * Math.log10(p / snapshots), -1000));
      let peak = 1; // skip DC
      for (let i = 2; i < bins.length - 1; i++) if (bins[i]! > bins[peak]!) peak = i;
      const [a, b, c] = [bins[peak - 1]!, bins[peak]!, bins[peak + 1]!];
      const denominator = a - 2 * b + c;
      const offset = denominator !== 0 ? (0.5 * (a - c)) / denominator : 0;
      const binHz = ctx.sampleRate / analyser.fftSize;
      return { hz: (peak + offset) * binHz, db: b };
    } finally {
      await ctx.close();
      if (player) player.srcObject = null;
    }
  };
  // `measure` itself must be what is serialised (no wrapper closing over it); Locator.evaluate is only typed
  // for element targets, hence the cast.
  return 'locator' in source
    ? source.evaluate(measure as (el: HTMLElement, ms: number) => Promise<Tone>, ms)
    : source.evaluate(measure, ms);
}
