/** Levels at or above this (about -48 dBFS: speech, or a noisy room) show the microphone delivers sound. */
export const MIC_HEARD_LEVEL = 20;

/** A loudness in dBFS as 0–100 for a meter: -60 dBFS and below is 0, full scale is 100. */
export function levelFromDb(db: number): number {
  return Math.round(Math.min(100, Math.max(0, ((db + 60) / 60) * 100)));
}

/** Words for a level, for screen readers and for anyone who cannot see the bar. */
export function levelWords(level: number): string {
  if (level >= 70) return 'loud';
  if (level >= 40) return 'speaking level';
  if (level >= MIC_HEARD_LEVEL) return 'quiet';
  return 'no sound';
}

/**
 * Reports the microphone's loudness ten times a second, measured with an AnalyserNode on the
 * track itself. Returns a function that stops listening and frees the audio context.
 */
export function watchMicLevel(track: MediaStreamTrack, onLevel: (level: number) => void): () => void {
  const ctx = new AudioContext();
  const analyser = new AnalyserNode(ctx, { fftSize: 2048 });
  const source = ctx.createMediaStreamSource(new MediaStream([track]));
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  // A page not yet touched may start its audio suspended; the first key press or tap wakes it.
  const wake = () => void ctx.resume().catch(() => {});
  wake();
  document.addEventListener('pointerdown', wake, { once: true });
  document.addEventListener('keydown', wake, { once: true });
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    const rms = Math.sqrt(sum / samples.length);
    onLevel(levelFromDb(rms > 0 ? 20 * Math.log10(rms) : -Infinity));
  }, 100);
  return () => {
    clearInterval(timer);
    document.removeEventListener('pointerdown', wake);
    document.removeEventListener('keydown', wake);
    source.disconnect();
    void ctx.close().catch(() => {});
  };
}
