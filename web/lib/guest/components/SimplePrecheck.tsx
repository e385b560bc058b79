'use client';
import { useState } from 'react';
import type { PrecheckResult } from '../../../../signalling/protocol/methods/consultation';
import type { z } from 'zod';

/** Camera and microphone only: used where the full pre-call check cannot run. */
export function SimplePrecheck({ done }: { done(result: z.infer<typeof PrecheckResult>): void }) {
  const [checking, setChecking] = useState(false);
  const run = async () => {
    setChecking(true);
    try {
      const s = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
      s.getTracks().forEach((t) => t.stop());
      done({ passed: true, summary: 'Camera and microphone started' });
    } catch (err) {
      done({ passed: false, summary: `Camera or microphone did not start (${(err as Error).name})` });
    }
  };
  return (
    <button type="button" className="nhsuk-button" disabled={checking} onClick={() => void run()}>
      Check my camera and microphone
    </button>
  );
}
