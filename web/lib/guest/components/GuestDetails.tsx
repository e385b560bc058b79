'use client';
import { useState, type FormEvent } from 'react';
import { describedBy, ErrorSummary, FieldError, type Problem } from './ErrorSummary';

/** All a guest is asked: a name to be shown by (offered from the link when the clinic named them), and consent. */
export function GuestDetails({
  onContinue,
  error,
  busy,
  initialName = '',
}: {
  onContinue(name: string): void;
  error?: string | undefined;
  busy: boolean;
  initialName?: string;
}) {
  const [name, setName] = useState(initialName);
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
  const listed: Problem[] = [
    ...(problems.name ? [{ field: 'guest-name', message: problems.name }] : []),
    ...(problems.consent ? [{ field: 'consent', message: problems.consent }] : []),
    ...(error ? [{ field: 'guest-name', message: error }] : []),
  ];
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={listed} />
      <div className={`nhsuk-form-group${problems.name ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="guest-name">
          Your name
        </label>
        <FieldError id="guest-name" message={problems.name} />
        <input
          className={`nhsuk-input nhsuk-input--width-20${problems.name ? ' nhsuk-input--error' : ''}`}
          id="guest-name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...describedBy('guest-name', problems.name)}
        />
      </div>
      <div className={`nhsuk-form-group${problems.consent ? ' nhsuk-form-group--error' : ''}`}>
        <FieldError id="consent" message={problems.consent} />
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id="consent"
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
            {...describedBy('consent', problems.consent)}
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
