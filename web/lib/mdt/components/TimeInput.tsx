import { Field } from '../../admin/components/Field';
import type { FieldError } from '../../admin/form-errors';

/**
 * A time on the 24-hour clock, typed: the design system has no time picker, and a browser's own
 * would show AM and PM to a browser set to US English.
 */
export function TimeInput({
  id,
  label,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  errors: FieldError[];
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint="Use the 24-hour clock, for example 14:30" errors={errors}>
      {(describedBy, inError) => (
        <input
          className={`nhsuk-input nhsuk-input--width-5${inError ? ' nhsuk-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          autoComplete="off"
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
