'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { CallClient } from '../../call/call-client';
import type { CallState } from '../../call/call-state';
import { CallView } from '../../call/components/CallView';
import { ConsultationPanel } from '../../consultation/components/ConsultationPanel';
import { EndConsultation } from '../../consultation/components/EndConsultation';
import type { ActiveConsultation } from '../use-active-consultation';
import { StaffCallControls } from './StaffCallControls';

/**
 * The consultation the clinician is in, taking the screen: the heading says whom it is with, the call
 * fills the width, and the record and what they can do to the consultation sit in a side panel they
 * can fold away to give the video all of it. `children` (notices, the queues in one line) go above.
 */
export function InConsultation(p: {
  active: ActiveConsultation;
  signalling: SignallingClient;
  call: CallState;
  client: CallClient;
  onAskColleague(userId: string, name: string): void;
  onLeave(): void;
  onHold(message: string): void;
  onEnd(): void;
  children?: ReactNode;
}) {
  const { consultationId, patient } = p.active;
  const [panelShown, setPanelShown] = useState(true);
  const panelId = `side-panel-${consultationId}`;
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that brought them here (in a queue, often far down the page) is gone: start from the top,
  // with focus on the heading so a screen reader says where they now are.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [consultationId]);
  return (
    <div className="convene-wide" data-testid="active-consultation" data-consultation-id={consultationId}>
      <div className="convene-call-heading">
        <h1 className="nhsuk-heading-m" ref={heading} tabIndex={-1}>
          {patient ? `Video consultation with ${patient}` : 'Video consultation'}
        </h1>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          aria-expanded={panelShown}
          aria-controls={panelId}
          onClick={() => setPanelShown((shown) => !shown)}
        >
          {panelShown ? 'Hide side panel' : 'Show side panel'}
        </button>
      </div>
      <div className="convene-call-notices">{p.children}</div>
      <div className="convene-consultation" data-side-panel={panelShown ? 'shown' : 'hidden'}>
        <CallView
          state={p.call}
          client={p.client}
          onLeave={p.onLeave}
          extraControls={<EndConsultation onEnd={p.onEnd} />}
        />
        {/* Hidden, not removed: an unsent message or a half-made invite link survives folding the panel away. */}
        <div className="convene-side" id={panelId} hidden={!panelShown} data-testid="side-panel">
          <ConsultationPanel signalling={p.signalling} consultationId={consultationId} />
          <StaffCallControls
            consultationId={consultationId}
            signalling={p.signalling}
            onAskColleague={p.onAskColleague}
            onHold={p.onHold}
          />
        </div>
      </div>
    </div>
  );
}
