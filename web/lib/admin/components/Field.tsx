import type { ReactNode } from 'react';
import type { FieldError } from '../form-errors';

/**
 * One labelled field in a form group: in error, it shows its message above the input and points
 * the input at it with aria-describedby, as the sign-in form does.
 */
export function Field({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors: FieldError[];
  hint?: string;
  children: (describedBy: string | undefined, inError: boolean) => ReactNode;
}) {
  const error = errors.find((e) => e.field === id);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error.message}
        </span>
      ) : null}
      {children(describedBy, Boolean(error))}
    </div>
  );
}
