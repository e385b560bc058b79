import { DAYS } from '../opening-hours-form';

/**
 * Opening hours as a form asks for them: always open, or the same times on chosen days (UK time).
 * `prefix` keeps ids unique where one page has several of these.
 */
export function HoursFields({ prefix, legend }: { prefix: string; legend: string }) {
  return (
    <fieldset className="nhsuk-fieldset nhsuk-form-group">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
      <div className="nhsuk-radios nhsuk-radios--inline">
        {[
          ['always', 'Always open'],
          ['weekly', 'Set days and times'],
        ].map(([value, label]) => (
          <div className="nhsuk-radios__item" key={value}>
            <input
              className="nhsuk-radios__input"
              id={`${prefix}-${value}`}
              name={`${prefix}-always`}
              type="radio"
              value={value}
              defaultChecked={value === 'always'}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${prefix}-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </div>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-top-3">
        {DAYS.map(([d, name]) => (
          <div className="nhsuk-checkboxes__item" key={d}>
            <input
              className="nhsuk-checkboxes__input"
              id={`${prefix}-${d}`}
              name={`${prefix}-${d}`}
              type="checkbox"
              defaultChecked={!['sat', 'sun'].includes(d)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${prefix}-${d}`}>
              {name}
            </label>
          </div>
        ))}
      </div>
      {[
        ['from', 'Opens at', '09:00'],
        ['to', 'Closes at', '17:00'],
      ].map(([key, label, value]) => (
        <div className="nhsuk-form-group nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-2" key={key}>
          <label className="nhsuk-label" htmlFor={`${prefix}-${key}`}>
            {label} (UK time)
          </label>
          <input
            className="nhsuk-input nhsuk-input--width-10"
            id={`${prefix}-${key}`}
            name={`${prefix}-${key}`}
            type="time"
            defaultValue={value}
          />
        </div>
      ))}
    </fieldset>
  );
}
