'use client';
import { useState } from 'react';
import { createConsultationInvite } from '../staff-api';

/** What the clinician can do to the consultation itself while in the call. */
export function StaffCallControls({
  consultationId,
  onHold,
  onEnd,
}: {
  consultationId: string;
  onHold(message: string): void;
  onEnd(): void;
}) {
  const [holdMessage, setHoldMessage] = useState('');
  const [guestKind, setGuestKind] = useState('interpreter');
  const [guestName, setGuestName] = useState('');
  const [invite, setInvite] = useState<{ link: string; expiresAt: string }>();
  const [error, setError] = useState<string>();

  const addSomeone = async () => {
    setError(undefined);
    try {
      setInvite(await createConsultationInvite(consultationId, guestKind, guestName.trim()));
    } catch (err) {
      setError((err as Error).message);
    }
  };

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
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="guest-kind">
          Who
        </label>
        <select
          className="nhsuk-select"
          id="guest-kind"
          value={guestKind}
          onChange={(e) => setGuestKind(e.target.value)}
        >
          <option value="interpreter">Interpreter</option>
          <option value="relative">Relative</option>
          <option value="carer">Carer</option>
          <option value="professional">Another professional</option>
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="guest-name">
          Their name (optional)
        </label>
        <input
          className="nhsuk-input"
          id="guest-name"
          value={guestName}
          onChange={(e) => setGuestName(e.target.value)}
        />
      </div>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void addSomeone()}>
        Create link
      </button>
      {error ? <p className="nhsuk-error-message">{error}</p> : null}
      {invite ? (
        <div className="nhsuk-inset-text">
          <label className="nhsuk-label" htmlFor="invite-link">
            Send this link by text message or email (works until {new Date(invite.expiresAt).toLocaleString('en-GB')})
          </label>
          <input
            className="nhsuk-input"
            id="invite-link"
            readOnly
            value={invite.link}
            onFocus={(e) => e.target.select()}
            data-testid="invite-link"
          />
        </div>
      ) : null}
      <p>
        <a href={`/consultations/${consultationId}`} target="_blank" rel="noreferrer">
          Open the consultation record
        </a>
      </p>
      <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={onEnd}>
        End consultation
      </button>
    </section>
  );
}
