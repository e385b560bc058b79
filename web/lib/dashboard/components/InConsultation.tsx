'use client';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { CallClient } from '../../call/call-client';
import type { CallState } from '../../call/call-state';
import { CallView } from '../../call/components/CallView';
import { ConsultationPanel } from '../../consultation/components/ConsultationPanel';
import { EndConsultation } from '../../consultation/components/EndConsultation';
import type { ActiveConsultation } from '../use-active-consultation';
import { StaffCallControls } from './StaffCallControls';

/** The consultation the clinician is in: the call, with its record and what they can do to it beside it. */
export function InConsultation(p: {
  active: ActiveConsultation;
  signalling: SignallingClient;
  call: CallState;
  client: CallClient;
  onAskColleague(userId: string, name: string): void;
  onLeave(): void;
  onHold(message: string): void;
  onEnd(): void;
}) {
  const { consultationId } = p.active;
  return (
    <div
      className="convene-consultation convene-wide"
      data-testid="active-consultation"
      data-consultation-id={consultationId}
    >
      <h2 className="nhsuk-heading-m">In consultation with {p.active.name}</h2>
      <CallView
        state={p.call}
        client={p.client}
        onLeave={p.onLeave}
        extraControls={<EndConsultation onEnd={p.onEnd} />}
      />
      <div className="convene-side">
        <ConsultationPanel signalling={p.signalling} consultationId={consultationId} />
        <StaffCallControls consultationId={consultationId} onAskColleague={p.onAskColleague} onHold={p.onHold} />
      </div>
    </div>
  );
}
