'use client';
import { useState, type FormEvent } from 'react';
import { CONSENT_ID, CONSENT_MISSING, ConsentCheckbox } from './ConsentCheckbox';
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
      consent: consent ? undefined : CONSENT_MISSING,
    };
    setProblems(p);
    if (!p.name && !p.consent) onContinue(name.trim());
  };
  const listed: Problem[] = [
    ...(problems.name ? [{ field: 'guest-name', message: problems.name }] : []),
    ...(problems.consent ? [{ field: CONSENT_ID, message: problems.consent }] : []),
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
      <ConsentCheckbox checked={consent} onChange={setConsent} error={problems.consent} />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Continue
      </button>
    </form>
  );
}
