'use client';
import { useEffect, useRef } from 'react';

/** A <video> or <audio> playing one track; the element is reused when the track changes. */
export function MediaElement({
  track,
  kind,
  muted,
  label,
}: {
  track: MediaStreamTrack;
  kind: 'video' | 'audio';
  muted?: boolean;
  label?: string;
}) {
  const ref = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.srcObject = new MediaStream([track]);
    void el.play().catch(() => {});
    return () => {
      el.srcObject = null;
    };
  }, [track]);
  if (kind === 'audio') return <audio ref={ref} autoPlay data-testid="remote-audio" />;
  return <video ref={ref} autoPlay playsInline muted={muted ?? true} aria-label={label} className="convene-video" />;
}
