/**
 * A drawn video track for the connectivity check. It changes every frame, so the encoder sends as
 * much as the network allows (up to the probe's limit); it also works with no camera at all.
 */
export function testPatternTrack(width = 640, height = 360, fps = 15): { track: MediaStreamTrack; stop(): void } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const block = 20;
  let frame = 0;
  const draw = () => {
    for (let y = 0; y < height; y += block) {
      for (let x = 0; x < width; x += block) {
        ctx.fillStyle = `hsl(${Math.floor(Math.random() * 360)} 70% ${30 + Math.floor(Math.random() * 40)}%)`;
        ctx.fillRect(x, y, block, block);
      }
    }
    ctx.fillStyle = '#fff';
    ctx.fillRect((frame++ * 8) % width, 0, 24, height);
  };
  draw();
  // A timer rather than requestAnimationFrame: it keeps drawing while the tab is in the background.
  const timer = setInterval(draw, 1000 / fps);
  const track = canvas.captureStream(fps).getVideoTracks()[0]!;
  return {
    track,
    stop() {
      clearInterval(timer);
      track.stop();
    },
  };
}
