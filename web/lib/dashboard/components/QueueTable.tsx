'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { openingState, whenItOpens } from '../../../../contracts/opening-hours';
import type { QueueEntry } from '../../../../contracts/protocol/methods/consultation';
import { InviteForm, type InviteKind } from '../../invites/components/InviteForm';
import type { ServiceSummary } from '../staff-api';

/** Who is sent a link to a waiting area: the person to be seen, or someone calling for them. */
const ARRIVING: InviteKind[] = [
  { value: 'patient', label: 'Patient' },
  { value: 'relative', label: 'Relative' },
  { value: 'carer', label: 'Carer' },
];

function waited(since: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  return minutes < 1 ? 'under a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export interface QueueActions {
  admit(entry: QueueEntry): void;
  message(entry: QueueEntry, text: string): void;
  transfer(entry: QueueEntry, toServiceId: string): void;
  /** Also ends a call in progress, which is named the same way. */
  end(entry: Pick<QueueEntry, 'consultationId' | 'displayName'>): void;
}

/** Whether new arrivals can join the queue now; those already waiting stay either way. */
function OpenOrClosed({ service, now }: { service: ServiceSummary; now: number }) {
  if (!service.openingHours) return null;
  const state = openingState(service.openingHours, new Date(now));
  return state.open ? (
    <p data-testid="service-open">
      <strong className="nhsuk-tag nhsuk-tag--green">Open</strong>
    </p>
  ) : (
    <p data-testid="service-open">
      <strong className="nhsuk-tag nhsuk-tag--grey">Closed</strong> New arrivals are turned away.{' '}
      {whenItOpens(service.openingHours, state)}
    </p>
  );
}

/** One service's live queue, highest priority first, then longest wait; `children` (its calls) above it. */
export function QueueTable({
  service,
  entries,
  targets,
  actions,
  children,
}: {
  service: ServiceSummary;
  entries: QueueEntry[];
  targets: ServiceSummary[];
  actions: QueueActions;
  children?: ReactNode;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  const headingId = `queue-${service.id}`;
  return (
    <section aria-labelledby={headingId} data-testid="queue" data-service-id={service.id}>
      <h2 id={headingId} className="nhsuk-heading-m">
        {service.name} <span className="nhsuk-body-s">({entries.length} waiting)</span>
      </h2>
      <OpenOrClosed service={service} now={now} />
      {children}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Invite someone to this waiting area</span>
        </summary>
        <div className="nhsuk-details__text">
          <InviteForm scope={{ kind: 'service', id: service.id }} kinds={ARRIVING} idPrefix={`invite-${service.id}`} />
        </div>
      </details>
      {entries.length === 0 ? (
        <p>Nobody is waiting.</p>
      ) : (
        <div className="nhsuk-table-container">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              People waiting for {service.name}
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Why</th>
                <th scope="col">Waiting</th>
                <th scope="col">Pre-call check</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {entries.map((e) => (
                <QueueRow
                  key={e.consultationId}
                  entry={e}
                  now={now}
                  targets={targets.filter((t) => t.id !== service.id)}
                  actions={actions}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function QueueRow({
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
