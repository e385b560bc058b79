'use client';
import { useState, type FormEvent } from 'react';

/** All a guest is asked: a name to be shown by, and consent. */
export function GuestDetails({
  onContinue,
  error,
  busy,
}: {
  onContinue(name: string): void;
  error?: string;
  busy: boolean;
}) {
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<{ name?: string; consent?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = {
      name: name.trim() ? undefined : 'Enter your name',
      consent: consent ? undefined : 'Confirm you agree to a video consultation',
    };
    setProblems(p);
    if (!p.name && !p.consent) onContinue(name.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title">This link did not work</h2>
          <div className="nhsuk-error-summary__body">
            <p data-testid="link-error">{error}</p>
          </div>
        </div>
      ) : null}
      <div className={`nhsuk-form-group${problems.name ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="guest-name">
          Your name
        </label>
        {problems.name ? <span className="nhsuk-error-message">{problems.name}</span> : null}
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id="guest-name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className={`nhsuk-form-group${problems.consent ? ' nhsuk-form-group--error' : ''}`}>
        {problems.consent ? <span className="nhsuk-error-message">{problems.consent}</span> : null}
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id="consent"
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="consent">
            I agree to have this consultation by video. I understand nothing is recorded.
          </label>
        </div>
      </div>
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Continue
      </button>
    </form>
  );
}
