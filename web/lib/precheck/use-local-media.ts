'use client';
import { useEffect, useState } from 'react';
import { openLocalMedia, stopLocalMedia, type LocalMedia } from './local-media';

/** The camera and microphone for one run of the check (`run` changes on "Check again"); stopped after it. */
export function useLocalMedia(run: number): LocalMedia | undefined {
  const [media, setMedia] = useState<LocalMedia>();
  useEffect(() => {
    let cancelled = false;
    let opened: LocalMedia | undefined;
    setMedia(undefined);
    void openLocalMedia().then((m) => {
      if (cancelled) return stopLocalMedia(m);
      opened = m;
      setMedia(m);
    });
    return () => {
      cancelled = true;
      stopLocalMedia(opened);
    };
  }, [run]);
  return media;
}
