'use client';
import { FieldError } from './ErrorSummary';

/** The NHS date input: three boxes in one fieldset, with one error for the date as a whole. */
export function DateOfBirth(p: {
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
