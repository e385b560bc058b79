'use client';
import { useRef, useState, type RefObject } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { PrecheckResult } from '../../../contracts/protocol/methods/consultation';
import type { NotificationData } from '../../../contracts/protocol/notifications';
import type { z } from 'zod';
import type { CallClient } from '../call/call-client';

export type Check = z.infer<typeof PrecheckResult>;
export type Step = 'details' | 'check' | 'waiting' | 'call' | 'left' | 'ended';

/**
 * Where a guest is once checked: waiting, in the call, held, having left, or finished. Leaving
 * tells the server (which keeps the consultation open) and Rejoin enters again with the same name
 * and check, never through the form again. The step is also kept in a ref, for the server's
 * notifications, which arrive outside React's renders.
 */
export function useGuestCall(
  client: CallClient,
  name: RefObject<string>,
  setError: (e?: string) => void,
  /** Why they came, when a fixed link's form asked; the clinic sees it in the queue. */
  reason?: string,
) {
  const [step, setStepState] = useState<Step>('details');
  const [consultationId, setConsultationId] = useState<string>();
  const [held, setHeld] = useState<string | null | undefined>(undefined);
  const now = useRef<Step>('details');
  const checked = useRef<{ signalling: SignallingClient; check: Check }>(undefined);
  const setStep = (s: Step) => {
    now.current = s;
    setStepState(s);
  };

  const joinCall = async (s: SignallingClient, roomId: string) => {
    // A status and an answer can both say "in the call": the first one in takes the guest there.
    if (now.current === 'call' && ['joining', 'joined'].includes(client.getState().status)) return;
    setHeld(undefined);
    setStep('call');
    const media = await navigator.mediaDevices
      .getUserMedia({ audio: true, video: { width: 1280, height: 720 } })
      .catch(() => undefined);
    const [mic, camera] = [media?.getAudioTracks()[0], media?.getVideoTracks()[0]];
    await client.join({ signalling: s, roomId, displayName: name.current, mic, camera });
  };

  const enterWaiting = async (s: SignallingClient, check: Check) => {
    checked.current = { signalling: s, check };
    setError(undefined);
    try {
      const arrived = await s.request('waiting.enter', {
        displayName: name.current,
        precheck: check,
        ...(reason ? { reason } : {}),
      });
      setConsultationId(arrived.consultationId);
      if (arrived.status === 'in_progress' && arrived.roomId) return await joinCall(s, arrived.roomId);
      setHeld(arrived.status === 'on_hold' ? null : undefined);
      setStep('waiting');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const onStatus = async (s: SignallingClient, st: NotificationData<'waiting.status'>) => {
    // Having left, only the consultation ending changes what they see; Rejoin brings them back.
    if (now.current === 'left' && st.status !== 'ended') return;
    if (st.status === 'in_progress' && st.roomId) return joinCall(s, st.roomId);
    // The server has already taken them out of the call; leaving here stops the camera and microphone.
    await client.leave();
    if (st.status === 'ended') return setStep('ended');
    setHeld(st.status === 'on_hold' ? st.message : undefined);
    setStep('waiting');
  };

  const leave = async () => {
    const s = checked.current?.signalling;
    setStep('left');
    if (s && consultationId) await s.request('consultation.leave', { consultationId }).catch(() => {});
    await client.leave();
  };

  const rejoin = () => (checked.current ? enterWaiting(checked.current.signalling, checked.current.check) : undefined);
  // Back after a dropped connection: waiting (or in the call, which resumes itself) on the new socket too.
  const onReconnected = () => (now.current === 'waiting' || now.current === 'call' ? rejoin() : undefined);
  // Taken out of the call by the server (held, moved): back to the waiting area, not stuck joining.
  const onRoomClosed = () => (now.current === 'call' ? setStep('waiting') : undefined);

  return { step, setStep, consultationId, held, enterWaiting, onStatus, leave, rejoin, onReconnected, onRoomClosed };
}
