'use client';
import { useId, useState } from 'react';

/** "Amend", then the reason (required: the next signed version carries it), then reopening the form. */
export function AmendForm(p: { busy: boolean; onAmend(reason: string): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  if (!open)
    return (
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setOpen(true)}>
        Amend
      </button>
    );
  const submit = async () => {
    if (!reason.trim()) return setMissing(true);
    await p.onAmend(reason.trim());
    setOpen(false);
    setReason('');
  };
  return (
    <div className={`nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        Reason for the amendment
      </label>
      {missing ? (
        <p className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> Give the reason for the amendment
        </p>
      ) : null}
      <textarea
        id={id}
        className="nhsuk-textarea"
        rows={3}
        value={reason}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button" disabled={p.busy} onClick={() => void submit()}>
          Reopen to amend
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
