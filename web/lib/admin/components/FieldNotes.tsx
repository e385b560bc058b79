import type { FieldError } from '../form-errors';

/**
 * What a field or group says under its label: its hint and, in error, its message (ids
 * `<id>-hint` and `<id>-error`), and the aria-describedby that points the input at both.
 */
export function fieldNotes(id: string, errors: FieldError[], hint?: string) {
  const error = errors.find((e) => e.field === id);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const notes = (
    <>
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
    </>
  );
  return { inError: Boolean(error), describedBy, notes };
}
