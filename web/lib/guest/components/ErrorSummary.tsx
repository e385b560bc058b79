'use client';
import { useEffect, useRef } from 'react';

/** One problem to list: the message, and the id of the field it is about (its link moves focus there). */
export interface Problem {
  field: string;
  message: string;
}

/**
 * The NHS error summary at the top of a form. Focus moves to it when it appears, so a screen
 * reader reads the problems at once and keyboard users can follow each link to its field.
 */
export function ErrorSummary({ problems, title = 'There is a problem' }: { problems: Problem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((p) => p.message).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (!problems.length) return null;
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={ref}
      data-testid="error-summary"
    >
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {problems.map((p) => (
            <li key={p.field + p.message}>
              <a href={`#${p.field}`}>{p.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A field's own error message, with the id its input names in `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}

/** The props that tie an input to its error, when it has one. */
export const describedBy = (id: string, message: string | undefined) => ({
  'aria-describedby': message ? `${id}-error` : undefined,
  'aria-invalid': message ? true : undefined,
});
