import type { DateParts } from '../date-entry';

const BOXES: [key: keyof DateParts, label: string, width: number][] = [
  ['day', 'Day', 2],
  ['month', 'Month', 2],
  ['year', 'Year', 4],
];

/**
 * The NHS date input's three boxes, inside a `Fieldset`. The day box carries the field's own id, so
 * the error summary's link lands on it; month and year take the id with "-month" and "-year".
 */
export function DateInput({
  id,
  value,
  inError,
  onChange,
}: {
  id: string;
  value: DateParts;
  inError: boolean;
  onChange: (next: DateParts) => void;
}) {
  return (
    <div className="nhsuk-date-input">
      {BOXES.map(([key, label, width]) => {
        const boxId = key === 'day' ? id : `${id}-${key}`;
        return (
          <div className="nhsuk-date-input__item" key={key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={boxId}>
                {label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${inError ? ' nhsuk-input--error' : ''}`}
                id={boxId}
                name={boxId}
                type="text"
                inputMode="numeric"
                value={value[key]}
                onChange={(e) => onChange({ ...value, [key]: e.target.value })}
              />
            </div>
          </div>
        );
      })}
    </div>
  );
}
