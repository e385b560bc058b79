'use client';
import { useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { QueueEntry } from '../../../contracts/protocol/methods/consultation';
import { useCall } from '../call/use-call';
import type { Me } from './staff-api';
import type { Act } from './use-action-status';
import type { ColleagueAsk } from './use-staff-socket';

/** The consultation the clinician is in, and whom it is with, for the heading. */
export interface ActiveConsultation {
  consultationId: string;
  name: string;
}

/**
 * The consultation the clinician is in and its call: getting in (seeing someone waiting, or joining
 * where a colleague asked), asking a colleague in, and getting out (on hold or ended). Each needs the
 * socket and who the clinician is, and does nothing before the staff socket has them.
 */
export function useActiveConsultation(p: {
  signalling: SignallingClient | undefined;
  me: Me | undefined;
  act: Act;
  dismissAsked(consultationId: string): void;
}) {
  const { signalling, me, act } = p;
  const [active, setActive] = useState<ActiveConsultation>();
  const [call, client] = useCall();

  const enterCall = async (s: SignallingClient, roomId: string, consultationId: string, name: string) => {
    setActive({ consultationId, name });
    const media = await navigator.mediaDevices
      .getUserMedia({ audio: true, video: { width: 1280, height: 720 } })
      .catch(() => undefined);
    await client.join({
      signalling: s,
      roomId,
      displayName: me!.name,
      mic: media?.getAudioTracks()[0],
      camera: media?.getVideoTracks()[0],
    });
  };

  const admit = async (entry: QueueEntry) => {
    if (!signalling || !me) return;
    await act(`You are seeing ${entry.displayName}.`, async () => {
      const { roomId } = await signalling.request('consultation.admit', { consultationId: entry.consultationId });
      await enterCall(signalling, roomId, entry.consultationId, entry.displayName);
    });
  };

  const joinAsked = async (a: ColleagueAsk) => {
    if (!signalling || !me) return;
    p.dismissAsked(a.consultationId);
    await act(`You joined ${a.from}'s call.`, async () => {
      const { roomId } = await signalling.request('consultation.join', { consultationId: a.consultationId });
      await enterCall(signalling, roomId, a.consultationId, `${a.from}'s call`);
    });
  };

  const leaveActive = async (what: string, fn: () => Promise<unknown>) => {
    await act(what, fn);
    await client.leave();
    setActive(undefined);
  };

  // Offered only while in the consultation, when both are set; the check satisfies the types.
  const inConsultation = (fn: (s: SignallingClient, a: ActiveConsultation) => void) => {
    if (signalling && active) fn(signalling, active);
  };
  const askColleague = (userId: string, name: string) =>
    inConsultation(
      (s, { consultationId }) =>
        void act(`${name} has been asked to join.`, () =>
          s.request('consultation.askColleague', { consultationId, userId }),
        ),
    );
  const hold = (message: string) =>
    inConsultation(
      (s, { consultationId, name }) =>
        void leaveActive(`${name} is back in the waiting area.`, () =>
          s.request('consultation.hold', { consultationId, message: message || undefined }),
        ),
    );
  const end = () =>
    inConsultation(
      (s, { consultationId, name }) =>
        void leaveActive(`The consultation with ${name} has ended.`, () =>
          s.request('consultation.end', { consultationId }),
        ),
    );

  return { active, call, client, admit, joinAsked, askColleague, hold, end };
}
