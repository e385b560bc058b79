import type { ReactNode } from 'react';
import type { FieldError } from '../form-errors';
import { fieldNotes } from './FieldNotes';

/**
 * A group of inputs under one legend (a date's three boxes, a list of checkboxes): in error, its
 * message sits above the inputs and the fieldset points at it with aria-describedby, like `Field`.
 * `id` names the error the group shows; the summary's link goes to the input with that id.
 */
export function Fieldset({
  id,
  legend,
  errors,
  hint,
  children,
}: {
  id: string;
  legend: string;
  errors: FieldError[];
  hint?: string;
  children: (inError: boolean) => ReactNode;
}) {
  const { inError, describedBy, notes } = fieldNotes(id, errors, hint);
  return (
    <div className={`nhsuk-form-group${inError ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {notes}
        {children(inError)}
      </fieldset>
    </div>
  );
}
