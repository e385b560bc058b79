'use client';
import { useEffect, useRef } from 'react';
import type { CallInProgress } from '../../../contracts/protocol/methods/consultation';

// Per tab (sessionStorage survives a reload, not a new tab or browser): which call this tab was in.
const KEY = 'convene.inCall';

/** Notes the call this tab is in, so a reload of this tab (and only this one) goes back to it. */
export function rememberCall(consultationId: string): void {
  sessionStorage.setItem(KEY, consultationId);
}

/** The clinician left, held or ended the call: a reload must not take them back in. */
export function forgetCall(): void {
  sessionStorage.removeItem(KEY);
}

/**
 * A clinician who reloads the page mid-call is still in it as far as the server is concerned (for a
 * grace period): once the page is ready, it takes them straight back into the call this tab was in.
 * Once per page load, so leaving a call later never pulls them back in.
 */
export function useRejoinOnReload(
  ready: boolean,
  calls: CallInProgress[],
  rejoin: (c: CallInProgress) => unknown,
): void {
  const tried = useRef(false);
  useEffect(() => {
    if (!ready || tried.current) return;
    tried.current = true;
    const wasIn = sessionStorage.getItem(KEY);
    const mine = calls.find((c) => c.consultationId === wasIn && c.youAreIn && c.status === 'in_progress');
    if (mine) void rejoin(mine);
  }, [ready, calls, rejoin]);
}
