import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Fake capture files for Chromium's `--use-file-for-fake-video-capture` / `--use-file-for-fake-audio-capture`.
 * Each peer gets content that is easy to recognise after the trip through the SFU: four solid colour
 * quadrants (so a mirrored, cropped or swapped stream shows) and one steady sine tone.
 */

export type Rgb = readonly [r: number, g: number, b: number];
/** Quadrant colours in reading order: top left, top right, bottom left, bottom right. */
export type Quadrants = readonly [topLeft: Rgb, topRight: Rgb, bottomLeft: Rgb, bottomRight: Rgb];

export const PATTERN_A: Quadrants = [
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
  [255, 255, 0],
];
export const PATTERN_B: Quadrants = [
  [255, 0, 255],
  [0, 255, 255],
  [255, 255, 255],
  [255, 128, 0],
];

export const VIDEO = { width: 640, height: 480, fps: 30, frames: 30 } as const;
export const AUDIO = { sampleRate: 48_000, seconds: 5 } as const;

// One directory shared by runs; files are rewritten once per process and swapped in by rename, so a
// Chromium of a concurrent run that has the old file open keeps reading a whole file.
const dir = join(tmpdir(), 'convene-fake-media');
const written = new Map<string, string>();

function writeOnce(name: string, make: () => Buffer): string {
  const cached = written.get(name);
  if (cached) return cached;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, make());
  renameSync(partial, path);
  written.set(name, path);
  return path;
}

/** BT.601 limited range ("studio swing"), which is what Chromium assumes for an untagged I420 frame. */
export function rgbToYuv([r, g, b]: Rgb): [y: number, u: number, v: number] {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const y = 16 + 65.481 * R + 128.553 * G + 24.966 * B;
  const u = 128 - 37.797 * R - 74.203 * G + 112 * B;
  const v = 128 + 112 * R - 93.786 * G - 18.214 * B;
  return [Math.round(y), Math.round(u), Math.round(v)];
}

/** A YUV4MPEG2 file (4:2:0 planar) of `VIDEO.frames` identical frames showing the four quadrants. */
export function quadrantY4m(colours: Quadrants): string {
  const name = `quadrants-${colours.map((c) => c.map((x) => x.toString(16).padStart(2, '0')).join('')).join('-')}.y4m`;
  return writeOnce(name, () => {
    const { width: w, height: h, fps, frames } = VIDEO;
    const yuv = colours.map(rgbToYuv);
    const plane = (pw: number, ph: number, channel: 0 | 1 | 2) => {
      const out = Buffer.alloc(pw * ph);
      for (let row = 0; row < ph; row++) {
        for (let col = 0; col < pw; col++) {
          const quadrant = (row < ph / 2 ? 0 : 2) + (col < pw / 2 ? 0 : 1);
          out[row * pw + col] = yuv[quadrant]![channel];
        }
      }
      return out;
    };
    const frame = Buffer.concat([
      Buffer.from('FRAME\n'),
      plane(w, h, 0),
      plane(w / 2, h / 2, 1),
      plane(w / 2, h / 2, 2),
    ]);
    const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F${fps}:1 Ip A1:1 C420jpeg\n`);
    return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
  });
}

/** A 16-bit mono PCM WAV of `AUDIO.seconds`, sample by sample from `at(seconds)` in [-1, 1]. */
function pcmWav(name: string, at: (t: number) => number): string {
  return writeOnce(name, () => {
    const { sampleRate, seconds } = AUDIO;
    const samples = sampleRate * seconds;
    const wav = Buffer.alloc(44 + samples * 2);
    wav.write('RIFF', 0);
    wav.writeUInt32LE(36 + samples * 2, 4);
    wav.write('WAVEfmt ', 8);
    wav.writeUInt32LE(16, 16); // fmt chunk size
    wav.writeUInt16LE(1, 20); // PCM
    wav.writeUInt16LE(1, 22); // mono
    wav.writeUInt32LE(sampleRate, 24);
    wav.writeUInt32LE(sampleRate * 2, 28); // byte rate
    wav.writeUInt16LE(2, 32); // block align
    wav.writeUInt16LE(16, 34); // bits per sample
    wav.write('data', 36);
    wav.writeUInt32LE(samples * 2, 40);
    for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(at(i / sampleRate) * 32767), 44 + i * 2);
    return wav;
  });
}

/** A steady sine tone at `hz` (0 gives silence). An integral `hz` fits whole cycles in the file, so
 * Chromium's looping of it is seamless. */
export function toneWav(hz: number, amplitude = 0.5): string {
  return pcmWav(`tone-${hz}hz-${amplitude}.wav`, (t) => amplitude * Math.sin(2 * Math.PI * hz * t));
}

/**
 * A tone in syllable-like bursts (180 ms sounding, 120 ms quiet). mediasoup's ActiveSpeakerObserver
 * looks for speech activity against a learned noise floor: a steady tone soon counts as background
 * noise and never becomes the dominant speaker, while bursts do, as speech does.
 */
export function speechLikeWav(hz: number, amplitude = 0.6): string {
  return pcmWav(`speech-${hz}hz-${amplitude}.wav`, (t) => {
    const phase = t % 0.3;
    const envelope = phase < 0.18 ? Math.sin((Math.PI * phase) / 0.18) : 0;
    return amplitude * envelope * Math.sin(2 * Math.PI * hz * t);
  });
}

export const silentWav = (): string => toneWav(0);
