'use client';
import { optionsOf, type InputKind } from '../outcome-inputs';

/** One field's input, named by `id` (its label is the caller's); `null` is "not filled in". */
export function OutcomeInput(p: {
  id: string;
  /** The actions field has an editor of its own (ActionsEditor). */
  input: Exclude<InputKind, { kind: 'actions' }>;
  value: unknown;
  disabled: boolean;
  describedBy?: string;
  onChange(value: unknown): void;
}) {
  const { id, input, value, disabled, describedBy } = p;
  const common = { id, disabled, 'aria-describedby': describedBy };
  if (input.kind === 'textarea')
    return (
      <textarea
        {...common}
        className="nhsuk-textarea"
        rows={5}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => p.onChange(e.target.value)}
      />
    );
  if (input.kind === 'date')
    return (
      <input
        {...common}
        type="date"
        className="nhsuk-input nhsuk-input--width-10"
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => p.onChange(e.target.value || null)}
      />
    );
  if (input.kind === 'select')
    return (
      <select
        {...common}
        className="nhsuk-select"
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => p.onChange(e.target.value || null)}
      >
        <option value="">Not given</option>
        {optionsOf(input.options).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
    );
  const several = input.kind === 'checkboxes';
  const chosen = several ? (Array.isArray(value) ? (value as string[]) : []) : [value];
  const toggle = (code: string, on: boolean) =>
    several
      ? p.onChange(optionsOf(input.options).flatMap(([c]) => ((c === code ? on : chosen.includes(c)) ? [c] : [])))
      : p.onChange(code);
  return (
    <div className={several ? 'nhsuk-checkboxes nhsuk-checkboxes--small' : 'nhsuk-radios nhsuk-radios--small'} id={id}>
      {optionsOf(input.options).map(([code, label]) => {
        const itemId = `${id}-${code}`;
        const kind = several ? 'checkboxes' : 'radios';
        return (
          <div className={`nhsuk-${kind}__item`} key={code}>
            <input
              className={`nhsuk-${kind}__input`}
              id={itemId}
              name={id}
              type={several ? 'checkbox' : 'radio'}
              value={code}
              checked={chosen.includes(code)}
              disabled={disabled}
              aria-describedby={describedBy}
              onChange={(e) => toggle(code, e.target.checked)}
            />
            <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={itemId}>
              {label}
            </label>
          </div>
        );
      })}
    </div>
  );
}
