'use client';
import { useEffect, useRef } from 'react';
import type { FieldError } from '../form-errors';

/** The design system's error summary, at the top of a form, linking to each field in error. */
export function ErrorSummary({ errors, id }: { errors: FieldError[]; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  // Focus moves to the summary, so a form far down a long page does not fail out of sight.
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={box} className="nhsuk-error-summary" aria-labelledby={`${id}-title`} role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title" id={`${id}-title`}>
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((e) => (
            <li key={e.field + e.message}>
              <a href={`#${e.field}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
