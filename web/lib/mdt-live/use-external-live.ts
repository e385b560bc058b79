'use client';
import { useEffect, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { MdtLiveState } from '../../../contracts/protocol/methods/mdt';
import { MdtExternalRoutes } from '../../../contracts/http/mdt-external';
import type { Answer } from '../../../contracts/http/route';
import { apiFetch } from '../http/api-fetch';

/** The case on screen, as an external clinician follows it. */
type OnScreen = Answer<typeof MdtExternalRoutes.onScreen>;

// No sign-in page to send an external clinician to: a refusal is shown where they are.
const fetchOnScreen = (meetingId: string) => apiFetch(MdtExternalRoutes.onScreen, { params: { id: meetingId } });

/**
 * Follows one meeting as its external clinician: the panel's moves and who is in the call over the
 * socket (listening before asking, so no move is missed), and the case on screen read afresh each
 * time the panel moves, since they are not given the case list.
 */
export function useExternalLive(meetingId: string, signalling: SignallingClient) {
  const [live, setLive] = useState<MdtLiveState>();
  const [onScreen, setOnScreen] = useState<OnScreen>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const off = signalling.on('mdt.live', (state) => state.meetingId === meetingId && setLive(state));
    signalling.request('mdt.follow', { meetingId }).then(setLive, (err: Error) => setError(err.message));
    return off;
  }, [meetingId, signalling]);
  const onScreenNow = live ? (live.currentCaseId ?? 'none') : undefined;
  useEffect(() => {
    if (!onScreenNow) return;
    fetchOnScreen(meetingId).then(setOnScreen, (err: Error) => setError(err.message));
  }, [meetingId, onScreenNow]);
  return { live, onScreen, error };
}
