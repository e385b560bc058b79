'use client';
import { useState, type FormEvent } from 'react';
import { arriveByFixedLink, isoDate } from '../fixed-link';
import { CONSENT_ID, CONSENT_MISSING, ConsentCheckbox } from './ConsentCheckbox';
import { DateOfBirth } from './DateOfBirth';
import { describedBy, ErrorSummary, FieldError, type Problem } from './ErrorSummary';

type Field = 'given' | 'family' | 'dob' | 'reason' | 'consent';
/** Each field's id (the error summary links to it) and the message when it is missing or wrong. */
const ID: Record<Field, string> = {
  given: 'given-name',
  family: 'family-name',
  dob: 'dob-day',
  reason: 'reason',
  consent: CONSENT_ID,
};

/** The arrival a fixed link gives the rest of the journey: this person's own link, name and reason. */
export interface FixedArrival {
  token: string;
  name: string;
  reason: string;
}

/**
 * What a fixed waiting-area link asks, since it names nobody: name, date of birth (for the clinic
 * to find their notes), why they came, and consent. Each error is listed at the top and tied to its field.
 */
export function FixedLinkForm({ linkId, onArrived }: { linkId: string; onArrived(a: FixedArrival): void }) {
  const [v, setV] = useState({ given: '', family: '', day: '', month: '', year: '', reason: '', consent: false });
  const [errors, setErrors] = useState<Partial<Record<Field | 'server', string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: Exclude<keyof typeof v, 'consent'>) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dob = isoDate(v.day.trim(), v.month.trim(), v.year.trim());
    const found = {
      given: v.given.trim() ? undefined : 'Enter your first name',
      family: v.family.trim() ? undefined : 'Enter your last name',
      dob: dob ? undefined : 'Enter your date of birth, for example 15 3 1984',
      reason: v.reason.trim() ? undefined : 'Tell us why you need to be seen today',
      consent: v.consent ? undefined : CONSENT_MISSING,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean) || !dob) return;
    setBusy(true);
    try {
      const details = { givenName: v.given.trim(), familyName: v.family.trim(), dateOfBirth: dob };
      const { token, name } = await arriveByFixedLink(linkId, details);
      onArrived({ token, name, reason: v.reason.trim() });
    } catch (err) {
      setErrors({ server: (err as Error).message });
      setBusy(false);
    }
  };
  const problems: Problem[] = (Object.keys(ID) as Field[])
    .filter((f) => errors[f])
    .map((f) => ({ field: ID[f], message: errors[f]! }));
  if (errors.server) problems.push({ field: ID.given, message: errors.server });
  const group = (f: Field) => `nhsuk-form-group${errors[f] ? ' nhsuk-form-group--error' : ''}`;
  const text = (f: 'given' | 'family', label: string, autoComplete: string) => (
    <div className={group(f)}>
      <label className="nhsuk-label" htmlFor={ID[f]}>
        {label}
      </label>
      <FieldError id={ID[f]} message={errors[f]} />
      <input
        className={`nhsuk-input nhsuk-input--width-20${errors[f] ? ' nhsuk-input--error' : ''}`}
        id={ID[f]}
        autoComplete={autoComplete}
        value={v[f]}
        onChange={set(f)}
        {...describedBy(ID[f], errors[f])}
      />
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="fixed-link-form">
      <ErrorSummary problems={problems} />
      {text('given', 'First name', 'given-name')}
      {text('family', 'Last name', 'family-name')}
      <DateOfBirth day={v.day} month={v.month} year={v.year} error={errors.dob} set={set} />
      <div className={group('reason')}>
        <label className="nhsuk-label" htmlFor={ID.reason}>
          Why do you need to be seen today?
        </label>
        <FieldError id={ID.reason} message={errors.reason} />
        <textarea
          className={`nhsuk-textarea${errors.reason ? ' nhsuk-textarea--error' : ''}`}
          id={ID.reason}
          rows={3}
          maxLength={500}
          value={v.reason}
          onChange={set('reason')}
          {...describedBy(ID.reason, errors.reason)}
        />
      </div>
      <ConsentCheckbox
        checked={v.consent}
        onChange={(consent) => setV((x) => ({ ...x, consent }))}
        error={errors.consent}
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Continue
      </button>
    </form>
  );
}
