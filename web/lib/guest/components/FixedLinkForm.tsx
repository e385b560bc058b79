'use client';
import { useState, type FormEvent } from 'react';
import { arriveByFixedLink, isoDate } from '../fixed-link';
import { describedBy, ErrorSummary, FieldError, type Problem } from './ErrorSummary';

type Field = 'given' | 'family' | 'dob' | 'reason' | 'consent';
/** Each field's id (the error summary links to it) and the message when it is missing or wrong. */
const ID: Record<Field, string> = {
  given: 'given-name',
  family: 'family-name',
  dob: 'dob-day',
  reason: 'reason',
  consent: 'consent',
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
  const set = (k: keyof typeof v) => (e: { target: { value: string; checked?: boolean } }) =>
    setV((x) => ({ ...x, [k]: k === 'consent' ? !!e.target.checked : e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dob = isoDate(v.day.trim(), v.month.trim(), v.year.trim());
    const found = {
      given: v.given.trim() ? undefined : 'Enter your first name',
      family: v.family.trim() ? undefined : 'Enter your last name',
      dob: dob ? undefined : 'Enter your date of birth, for example 15 3 1984',
      reason: v.reason.trim() ? undefined : 'Tell us why you need to be seen today',
      consent: v.consent ? undefined : 'Confirm you agree to a video consultation',
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
      <div className={group('consent')}>
        <FieldError id={ID.consent} message={errors.consent} />
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={ID.consent}
            type="checkbox"
            checked={v.consent}
            onChange={set('consent')}
            {...describedBy(ID.consent, errors.consent)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={ID.consent}>
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

/** The NHS date input: three boxes in one fieldset, with one error for the date as a whole. */
function DateOfBirth(p: {
  day: string;
  month: string;
  year: string;
  error: string | undefined;
  set: (k: 'day' | 'month' | 'year') => (e: { target: { value: string } }) => void;
}) {
  const box = (k: 'day' | 'month' | 'year', label: string, width: number) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`dob-${k}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${p.error ? ' nhsuk-input--error' : ''}`}
          id={`dob-${k}`}
          inputMode="numeric"
          value={p[k]}
          onChange={p.set(k)}
          aria-invalid={p.error ? true : undefined}
        />
      </div>
    </div>
  );
  return (
    <div className={`nhsuk-form-group${p.error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        role="group"
        aria-describedby={p.error ? 'dob-hint dob-day-error' : 'dob-hint'}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-label">Date of birth</legend>
        <div className="nhsuk-hint" id="dob-hint">
          For example, 15 3 1984
        </div>
        <FieldError id="dob-day" message={p.error} />
        <div className="nhsuk-date-input">
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
