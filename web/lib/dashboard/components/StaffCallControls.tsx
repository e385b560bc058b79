'use client';
import { useState } from 'react';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import { InviteForm, type InviteKind } from '../../invites/components/InviteForm';
import { ColleagueList } from './ColleagueList';

const THIRD_PARTIES: InviteKind[] = [
  { value: 'interpreter', label: 'Interpreter' },
  { value: 'relative', label: 'Relative' },
  { value: 'carer', label: 'Carer' },
  { value: 'professional', label: 'Another professional' },
];

/** What the clinician can do to the consultation itself while in the call (ending it sits with the call's buttons). */
export function StaffCallControls({
  consultationId,
  signalling,
  onAskColleague,
  onHold,
}: {
  consultationId: string;
  /** The dashboard's own connection: colleagues' presence is pushed over it. */
  signalling: SignallingClient;
  onAskColleague(userId: string, name: string): void;
  onHold(message: string): void;
}) {
  const [holdMessage, setHoldMessage] = useState('');
  return (
    <section className="convene-panel" aria-label="Consultation">
      <h2 className="nhsuk-heading-s">Consultation</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="hold-message">
          Message when putting on hold (optional)
        </label>
        <input
          className="nhsuk-input"
          id="hold-message"
          value={holdMessage}
          onChange={(e) => setHoldMessage(e.target.value)}
        />
      </div>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => onHold(holdMessage.trim())}>
        Put on hold
      </button>
      <h3 className="nhsuk-heading-xs">Add someone to this call</h3>
      <InviteForm scope={{ kind: 'consultation', id: consultationId }} kinds={THIRD_PARTIES} idPrefix="guest" />
      <h3 className="nhsuk-heading-xs">Ask a colleague to join</h3>
      <ColleagueList signalling={signalling} onAsk={onAskColleague} />
      <p>
        <a href={`/consultations/${consultationId}`} target="_blank" rel="noreferrer">
          Open the consultation record
        </a>
      </p>
    </section>
  );
}
