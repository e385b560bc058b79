'use client';
import { useEffect, useState } from 'react';
import { MIC_HEARD_LEVEL, watchMicLevel } from './mic-level';

/** The microphone's level now, and whether it has been loud enough to count as working since `track` started. */
export function useMicLevel(track: MediaStreamTrack | undefined): { level: number; heard: boolean } {
  const [level, setLevel] = useState(0);
  const [heard, setHeard] = useState(false);
  useEffect(() => {
    setLevel(0);
    setHeard(false);
    if (!track) return;
    return watchMicLevel(track, (l) => {
      setLevel(l);
      if (l >= MIC_HEARD_LEVEL) setHeard(true);
    });
  }, [track]);
  return { level, heard };
}
