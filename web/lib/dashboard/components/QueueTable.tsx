'use client';
import { useEffect, useState, type ReactNode } from 'react';
import type { QueueEntry } from '../../../../contracts/protocol/methods/consultation';
import { InviteForm, type InviteKind } from '../../invites/components/InviteForm';
import type { ServiceSummary } from '../staff-api';
import { OpenOrClosed } from './OpenOrClosed';
import type { QueueActions } from './queue-actions';
import { QueueRow } from './QueueRow';

export type { QueueActions } from './queue-actions';

/** Who is sent a link to a waiting area: the person to be seen, or someone calling for them. */
const ARRIVING: InviteKind[] = [
  { value: 'patient', label: 'Patient' },
  { value: 'relative', label: 'Relative' },
  { value: 'carer', label: 'Carer' },
];

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
