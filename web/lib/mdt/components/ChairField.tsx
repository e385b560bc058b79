import { Field } from '../../admin/components/Field';
import type { FieldError } from '../../admin/form-errors';
import { memberWords, type TeamMember } from '../mdt-words';

/** A chair chosen from the MDT's team, each shown with what they are on it; '' is "no chair". */
export function ChairField({
  id,
  label,
  hint,
  none,
  team,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  /** The words for choosing nobody. */
  none: string;
  team: readonly TeamMember[];
  value: string;
  errors: FieldError[];
  onChange: (id: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy) => (
        <select
          className="nhsuk-select"
          id={id}
          name={id}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{none}</option>
          {team.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({memberWords(m)})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
