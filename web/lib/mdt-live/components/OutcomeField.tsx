'use client';
import { FIELD_LABELS, type OutcomeField as Field } from '../../../../contracts/mdt-outcome';
import type { ActionOwner } from '../mdt-live-api';
import type { FieldView } from '../outcome-editor';
import { valueWords, type InputKind } from '../outcome-inputs';
import { ActionsEditor } from './ActionsEditor';
import { FieldConflict } from './FieldConflict';
import { OutcomeInput } from './OutcomeInput';

/**
 * One field of the outcome with its label, and at it whatever went wrong: a clash with someone's
 * edit (theirs shown, the choice the person's) or a refusal. Choices are a fieldset with a legend.
 */
export function OutcomeField(p: {
  caseId: string;
  field: Field;
  input: InputKind;
  value: unknown;
  readOnly: boolean;
  conflict: FieldView | undefined;
  error: string | undefined;
  /** Who an action may be given to (the actions field only), and why they could not be read. */
  owners: { owners: ActionOwner[]; error?: string };
  onChange(value: unknown): void;
  onUseTheirs(): void;
  onKeepMine(): void;
}) {
  const id = `outcome-${p.caseId}-${p.field}`;
  const label = FIELD_LABELS[p.field];
  const problemId = p.conflict || p.error ? `${id}-problem` : undefined;
  const problem = p.conflict ? (
    <FieldConflict
      id={`${id}-problem`}
      theirs={p.conflict}
      theirWords={valueWords(p.input, p.conflict.value, p.owners.owners)}
      onUseTheirs={p.onUseTheirs}
      onKeepMine={p.onKeepMine}
    />
  ) : p.error ? (
    <p className="nhsuk-error-message" id={`${id}-problem`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {p.error}
    </p>
  ) : null;
  const input =
    p.input.kind === 'actions' ? (
      <ActionsEditor
        id={id}
        value={p.value}
        owners={p.owners.owners}
        ownersError={p.owners.error}
        disabled={p.readOnly}
        onChange={p.onChange}
      />
    ) : (
      <OutcomeInput
        id={id}
        input={p.input}
        value={p.value}
        disabled={p.readOnly}
        describedBy={problemId}
        onChange={p.onChange}
      />
    );
  const group = `nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`;
  if (p.input.kind === 'radios' || p.input.kind === 'checkboxes' || p.input.kind === 'actions')
    return (
      <div className={group} data-field={p.field}>
        <fieldset className="nhsuk-fieldset" aria-describedby={problemId}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
          {problem}
          {input}
        </fieldset>
      </div>
    );
  return (
    <div className={group} data-field={p.field}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      {problem}
      {input}
    </div>
  );
}
