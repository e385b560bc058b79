'use client';
import { useState } from 'react';
import type { QueueEntry } from '../../../../contracts/protocol/methods/consultation';
import type { ServiceSummary } from '../staff-api';
import type { QueueActions } from './queue-actions';

/** How long someone has waited, in words a glance can take in. */
function waited(since: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  return minutes < 1 ? 'under a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** One person waiting, with what can be done for them: see, message, transfer, end. */
export function QueueRow({
  entry,
  now,
  targets,
  actions,
}: {
  entry: QueueEntry;
  now: number;
  targets: ServiceSummary[];
  actions: QueueActions;
}) {
  const [text, setText] = useState('');
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  return (
    <tr data-testid="queue-entry" data-consultation-id={entry.consultationId}>
      <td>
        <strong>{entry.displayName}</strong>
        <br />
        <span className="nhsuk-body-s">
          {entry.guestKind}
          {entry.status === 'on_hold' ? ' · on hold' : ''}
          {entry.priority > 0 ? ` · priority ${entry.priority}` : ''}
        </span>
      </td>
      <td>{entry.reason ?? '—'}</td>
      <td>{waited(entry.waitingSince, now)}</td>
      <td>{entry.precheck ? (entry.precheck.passed ? 'Passed' : `Problem: ${entry.precheck.summary}`) : 'Not done'}</td>
      <td>
        <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-2" onClick={() => actions.admit(entry)}>
          See {entry.displayName}
        </button>
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            if (text.trim()) actions.message(entry, text.trim());
            setText('');
          }}
        >
          <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={`msg-${entry.consultationId}`}>
            Message to {entry.displayName}
          </label>
          <input
            className="nhsuk-input nhsuk-u-margin-bottom-1"
            id={`msg-${entry.consultationId}`}
            placeholder="Message to the caller"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2">
            Send to {entry.displayName}
          </button>
        </form>
        {targets.length ? (
          <div>
            <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={`to-${entry.consultationId}`}>
              Transfer {entry.displayName} to
            </label>
            <select
              className="nhsuk-select"
              id={`to-${entry.consultationId}`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => actions.transfer(entry, target)}
            >
              Transfer {entry.displayName}
            </button>
          </div>
        ) : null}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0"
          onClick={() => actions.end(entry)}
        >
          End for {entry.displayName}
        </button>
      </td>
    </tr>
  );
}
