'use client';
import { useId, useState, type ReactNode } from 'react';

/**
 * Ending is for everyone and cannot be undone, unlike leaving: it sits apart as a warning button
 * and asks once more before it acts.
 */
export function EndConsultation({ onEnd, label = 'End consultation' }: { onEnd(): void; label?: ReactNode }) {
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  if (!confirming) {
    return (
      <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="convene-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="nhsuk-body nhsuk-u-margin-bottom-2">
        <strong>End the consultation for everyone?</strong>
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--warning"
        onClick={() => {
          setConfirming(false);
          onEnd();
        }}
      >
        Yes, end it for everyone
      </button>{' '}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
