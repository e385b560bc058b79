'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import { CallView } from '../../call/components/CallView';
import { ConsultationPanel } from '../../consultation/components/ConsultationPanel';
import { useGuestVisit, type Check, type Step } from '../use-guest-visit';
import { GuestDetails } from './GuestDetails';
import { LinkProblem } from './LinkProblem';
import { GuestLeft } from './GuestLeft';
import { WaitingArea } from './WaitingArea';

export interface GuestJourneyProps {
  /** The pre-call check, given the open signalling connection; calls done() with its verdict. */
  renderPrecheck(signalling: SignallingClient, done: (result: Check) => void): ReactNode;
  /** The invite link's token, already checked to work. */
  token: string;
  /** The name to offer: the patient the clinic named on the link. */
  initialName?: string | undefined;
  /** Details already given (by a fixed link's form): no second form, straight to the check. */
  arrival?: { name: string; reason: string } | undefined;
}

/** The page's heading says where the guest is now, so nobody in a call reads "Join…". */
const HEADING: Record<Step, string> = {
  details: 'Join your video consultation',
  check: 'Join your video consultation',
  waiting: 'Waiting to be seen',
  call: 'In your video consultation',
  left: 'You have left the call',
  ended: 'Your consultation has ended',
};

/** A patient, relative or interpreter: link → name and consent → pre-call check → waiting area → call. */
export function GuestJourney({ renderPrecheck, token, initialName, arrival }: GuestJourneyProps) {
  const v = useGuestVisit({ token, reason: arrival?.reason });
  const started = useRef(false);
  useEffect(() => {
    // A fixed link's form already asked for the name and consent: go straight on, once.
    if (arrival && !started.current) void v.start(arrival.name);
    started.current = true;
  }, []);
  return (
    <>
      <h1 className="nhsuk-heading-l">{HEADING[v.step]}</h1>
      <StepBody v={v} renderPrecheck={renderPrecheck} token={token} initialName={initialName} arrival={arrival} />
    </>
  );
}

function StepBody({
  v,
  renderPrecheck,
  initialName,
  arrival,
}: { v: ReturnType<typeof useGuestVisit> } & GuestJourneyProps) {
  const { step, signalling, consultationId, call } = v;
  if (step === 'details' && arrival)
    return v.error ? <LinkProblem code="refused" message={v.error} /> : <p role="status">Joining…</p>;
  if (step === 'details')
    return <GuestDetails onContinue={(n) => void v.start(n)} error={v.error} busy={v.busy} initialName={initialName} />;
  if (step === 'check' && signalling)
    return (
      <>
        {renderPrecheck(signalling, (r) => void v.enterWaiting(signalling, r))}
        {v.error ? <p className="nhsuk-error-message">{v.error}</p> : null}
      </>
    );
  if (step === 'ended') {
    return (
      <div data-testid="consultation-ended">
        <p>You can close this page.</p>
      </div>
    );
  }
  if (step === 'left') return <GuestLeft onRejoin={() => void v.rejoin()} error={v.error} />;
  if (step === 'call' && call.status === 'joined' && signalling && consultationId) {
    return (
      <div className="convene-consultation convene-wide">
        <CallView state={call} client={v.client} onLeave={() => void v.leave()} />
        <div className="convene-side">
          <ConsultationPanel signalling={signalling} consultationId={consultationId} />
        </div>
      </div>
    );
  }
  if (step === 'call' && call.status === 'failed')
    return <GuestLeft onRejoin={() => void v.rejoin()} error={call.error} />;
  if (step === 'call') return <p role="status">Joining the call…</p>;
  return <WaitingArea messages={v.messages} heldMessage={v.held} />;
}
