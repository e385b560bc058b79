'use client';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { OutcomeField as Field } from '../../../../contracts/mdt-outcome';
import type { ActionOwner } from '../mdt-live-api';
import { OUTCOME_INPUTS } from '../outcome-inputs';
import { useOutcome } from '../use-outcome';
import { OutcomeField } from './OutcomeField';
import { SaveStatus } from './SaveStatus';
import { SignOffPanel } from './SignOffPanel';

/**
 * The outcome of the case on screen, typed live by whoever is writing it: there is no save button,
 * every change is written as it is made and everyone following sees it. A signed outcome is read-only
 * until the chair or coordinator amends it.
 */
export function OutcomeForm(p: {
  caseId: string;
  signalling: SignallingClient;
  isChair: boolean;
  isCoordinator: boolean;
  /** Who on the MDT's team an action may be given to. */
  owners: { owners: ActionOwner[]; error?: string };
}) {
  const { answer, loadError, fieldErrors, snapshot, editor, type, reload } = useOutcome(p.caseId, p.signalling);
  const signed = answer?.state === 'signed';
  const fields = Object.entries(OUTCOME_INPUTS) as [Field, NonNullable<(typeof OUTCOME_INPUTS)[Field]>][];
  return (
    <section
      className="convene-panel"
      aria-labelledby="outcome-heading"
      data-testid="outcome"
      data-state={answer?.state}
    >
      <h2 className="nhsuk-heading-m" id="outcome-heading">
        Outcome
      </h2>
      {loadError ? <p className="nhsuk-error-message">{loadError}</p> : null}
      <p className="nhsuk-body-s">
        {signed
          ? 'Signed off: read-only until it is amended.'
          : 'Everyone in the meeting sees this as it is typed. Changes are saved as you go.'}
      </p>
      {answer?.amends && !signed ? (
        <p className="nhsuk-inset-text">
          Amending version {answer.amends.version}: {answer.amends.reason}
        </p>
      ) : null}
      <form onSubmit={(e) => e.preventDefault()} aria-label="Outcome of this case">
        {fields.map(([field, input]) => (
          <OutcomeField
            key={field}
            caseId={p.caseId}
            field={field}
            input={input}
            value={snapshot.values[field] ?? null}
            readOnly={!answer || signed}
            conflict={snapshot.conflicts[field]}
            error={fieldErrors[field]}
            owners={p.owners}
            onChange={(v) => type(field, v)}
            onUseTheirs={() => editor?.useTheirs(field)}
            onKeepMine={() => editor?.keepMine(field)}
          />
        ))}
      </form>
      {signed ? null : <SaveStatus unsaved={snapshot.unsaved} />}
      {answer ? (
        <SignOffPanel
          caseId={p.caseId}
          outcome={answer}
          isChair={p.isChair}
          isCoordinator={p.isCoordinator}
          onChanged={() => void reload()}
        />
      ) : null}
    </section>
  );
}
