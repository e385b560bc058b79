'use client';
import { describedBy, FieldError } from './ErrorSummary';

/** The id the error summary links to, the same on every guest form. */
export const CONSENT_ID = 'consent';
/** What a guest who has not ticked the box is told, in the summary and beside it. */
export const CONSENT_MISSING = 'Confirm you agree to a video consultation';

/**
 * The guest's agreement to be seen by video, asked on every way in (an invite link, a service's
 * fixed link) in the same words, so what a patient agrees to does not depend on the link they had.
 */
export function ConsentCheckbox({
  checked,
  onChange,
  error,
  id = CONSENT_ID,
  label = 'I agree to have this consultation by video. I understand nothing is recorded.',
}: {
  checked: boolean;
  onChange(checked: boolean): void;
  error: string | undefined;
  /** Another journey's agreement (an MDT's external clinician's confidentiality), in its own words. */
  id?: string;
  label?: string;
}) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <FieldError id={id} message={error} />
      <div className="nhsuk-checkboxes__item">
        <input
          className="nhsuk-checkboxes__input"
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          {...describedBy(id, error)}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
