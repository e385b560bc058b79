export const TEST_TONE_HZ = 660;
export const TEST_TONE_MS = 2000;

/**
 * Plays a soft tone through `audio`, the same kind of element the call plays other people's
 * voices through, so the sound takes the same way out (output device, volume, autoplay rules).
 * Resolves when the tone has finished.
 */
export async function playTestTone(audio: HTMLAudioElement, hz = TEST_TONE_HZ, ms = TEST_TONE_MS): Promise<void> {
  const ctx = new AudioContext();
  try {
    await ctx.resume();
    const oscillator = new OscillatorNode(ctx, { frequency: hz });
    const gain = new GainNode(ctx, { gain: 0 });
    const out = ctx.createMediaStreamDestination();
    oscillator.connect(gain).connect(out);
    // Fade in and out so the tone starts and ends without a click.
    const t0 = ctx.currentTime;
    const seconds = ms / 1000;
    gain.gain.linearRampToValueAtTime(0.4, t0 + 0.05);
    gain.gain.setValueAtTime(0.4, t0 + seconds - 0.1);
    gain.gain.linearRampToValueAtTime(0, t0 + seconds);
    audio.srcObject = out.stream;
    await audio.play();
    const ended = new Promise((resolve) => (oscillator.onended = resolve));
    oscillator.start(t0);
    oscillator.stop(t0 + seconds);
    await ended;
  } finally {
    audio.srcObject = null;
    await ctx.close().catch(() => {});
  }
}
