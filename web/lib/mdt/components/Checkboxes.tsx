/** One choice of a checkbox list: its value, its words, and a line under them. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Checkboxes for choosing several (team members to invite, the roles a quorum needs). The first
 * box takes `id`, so an error summary's link for the group lands on it.
 */
export function Checkboxes({
  id,
  choices,
  chosen,
  small = false,
  onChange,
}: {
  id: string;
  /** The design system's smaller boxes, for a long list of short choices. */
  small?: boolean;
  choices: Choice[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <div className={`nhsuk-checkboxes${small ? ' nhsuk-checkboxes--small' : ''}`}>
      {choices.map((c, i) => {
        const boxId = i === 0 ? id : `${id}-${i + 1}`;
        return (
          <div className="nhsuk-checkboxes__item" key={c.value}>
            <input
              className="nhsuk-checkboxes__input"
              id={boxId}
              name={id}
              type="checkbox"
              value={c.value}
              checked={chosen.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
              aria-describedby={c.hint ? `${boxId}-hint` : undefined}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={boxId}>
              {c.label}
            </label>
            {c.hint ? (
              <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${boxId}-hint`}>
                {c.hint}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
