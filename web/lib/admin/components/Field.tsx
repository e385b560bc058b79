import type { ReactNode } from 'react';
import type { FieldError } from '../form-errors';
import { fieldNotes } from './FieldNotes';

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
  const { inError, describedBy, notes } = fieldNotes(id, errors, hint);
  return (
    <div className={`nhsuk-form-group${inError ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {notes}
      {children(describedBy, inError)}
    </div>
  );
}
