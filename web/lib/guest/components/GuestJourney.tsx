'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { PrecheckResult } from '../../../../contracts/protocol/methods/consultation';
import type { z } from 'zod';
import { CallView } from '../../call/components/CallView';
import { signallingUrl } from '../../call/token';
import { useCall } from '../../call/use-call';
import { ConsultationPanel } from '../../consultation/components/ConsultationPanel';
import { inviteFromLocation, redeemInvite } from '../redeem';
import { GuestDetails } from './GuestDetails';
import { WaitingArea } from './WaitingArea';

type Check = z.infer<typeof PrecheckResult>;
type Step = 'details' | 'check' | 'waiting' | 'call' | 'ended';

export interface GuestJourneyProps {
  /** The pre-call check, given the open signalling connection; calls done() with its verdict. */
  renderPrecheck(signalling: SignallingClient, done: (result: Check) => void): ReactNode;
}

/** A patient, relative or interpreter: link → name and consent → pre-call check → waiting area → call. */
export function GuestJourney({ renderPrecheck }: GuestJourneyProps) {
  const [step, setStep] = useState<Step>('details');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [consultationId, setConsultationId] = useState<string>();
  const [messages, setMessages] = useState<{ text: string; sentAt: string }[]>([]);
  const [held, setHeld] = useState<string | null | undefined>(undefined);
  const [call, client] = useCall();
  const nameRef = useRef('');

  useEffect(() => () => signalling?.close(), [signalling]);

  const start = async (displayName: string) => {
    const token = inviteFromLocation();
    if (!token)
      return setError('This page needs the link you were sent. Open the link from your text message or email.');
    setBusy(true);
    setError(undefined);
    try {
      await redeemInvite(token, displayName);
      const s = await SignallingClient.connect(signallingUrl());
      s.on('waiting.message', (m) => setMessages((xs) => [...xs, m]));
      s.on('waiting.status', (st) => void onStatus(s, st.status, st.roomId, st.message));
      setName(displayName);
      nameRef.current = displayName;
      setSignalling(s);
      setStep('check');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const joinCall = async (s: SignallingClient, roomId: string) => {
    const media = await navigator.mediaDevices
      .getUserMedia({ audio: true, video: { width: 1280, height: 720 } })
      .catch(() => undefined);
    setStep('call');
    await client.join({
      signalling: s,
      roomId,
      displayName: nameRef.current,
      mic: media?.getAudioTracks()[0],
      camera: media?.getVideoTracks()[0],
    });
  };

  const onStatus = async (s: SignallingClient, status: string, roomId: string | null, message: string | null) => {
    if (status === 'in_progress' && roomId) {
      setHeld(undefined);
      return joinCall(s, roomId);
    }
    // The server has already taken us out of the call; leaving here stops our camera and microphone.
    await client.leave();
    if (status === 'ended') return setStep('ended');
    setHeld(status === 'on_hold' ? message : undefined);
    if (status === 'transferred' || status === 'waiting')
      setMessages((xs) => (message ? [...xs, { text: message, sentAt: new Date().toISOString() }] : xs));
    setStep('waiting');
  };

  const enterWaiting = async (check: Check) => {
    if (!signalling) return;
    try {
      const arrived = await signalling.request('waiting.enter', { displayName: name, precheck: check });
      setConsultationId(arrived.consultationId);
      if (arrived.status === 'in_progress' && arrived.roomId) await joinCall(signalling, arrived.roomId);
      else setStep('waiting');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  if (step === 'details') return <GuestDetails onContinue={(n) => void start(n)} error={error} busy={busy} />;
  if (step === 'check' && signalling)
    return (
      <>
        {renderPrecheck(signalling, (r) => void enterWaiting(r))}
        {error ? <p className="nhsuk-error-message">{error}</p> : null}
      </>
    );
  if (step === 'ended') {
    return (
      <div data-testid="consultation-ended">
        <h2 className="nhsuk-heading-m">Your consultation has ended</h2>
        <p>You can close this page.</p>
      </div>
    );
  }
  if (step === 'call' && call.status === 'joined' && signalling && consultationId) {
    return (
      <div className="convene-consultation">
        <CallView state={call} client={client} />
        <div className="convene-side">
          <ConsultationPanel signalling={signalling} consultationId={consultationId} />
        </div>
      </div>
    );
  }
  if (step === 'call') return <p role="status">Joining the call…</p>;
  return <WaitingArea messages={messages} heldMessage={held} />;
}
