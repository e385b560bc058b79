'use client';
import type { CallInProgress } from '../../../../contracts/protocol/methods/consultation';
import { EndConsultation } from '../../consultation/components/EndConsultation';

const STATUS: Record<CallInProgress['status'], string> = {
  in_progress: 'In call',
  on_hold: 'On hold — clinician left',
};

/**
 * A service's calls under way, or held when their clinician left: anyone on the service can go
 * back in or end one, so no caller is stranded by one clinician leaving or reloading.
 */
export function CallsInProgress({
  serviceName,
  calls,
  onRejoin,
  onEnd,
}: {
  serviceName: string;
  calls: CallInProgress[];
  onRejoin(c: CallInProgress): void;
  onEnd(c: CallInProgress): void;
}) {
  if (calls.length === 0) return null;
  return (
    <div data-testid="calls-in-progress">
      <h3 className="nhsuk-heading-s">Calls in progress</h3>
      <div className="nhsuk-table-container">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Calls in progress in {serviceName}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Caller</th>
              <th scope="col">Status</th>
              <th scope="col">In the call</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {calls.map((c) => (
              <tr key={c.consultationId} data-testid="call-in-progress" data-consultation-id={c.consultationId}>
                <td>
                  <strong>{c.displayName}</strong>
                </td>
                <td>
                  <strong className={`nhsuk-tag ${c.status === 'on_hold' ? 'nhsuk-tag--orange' : 'nhsuk-tag--green'}`}>
                    {STATUS[c.status]}
                  </strong>
                </td>
                <td>{c.people.length ? c.people.join(', ') : 'Nobody'}</td>
                <td>
                  <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-2" onClick={() => onRejoin(c)}>
                    Rejoin<span className="nhsuk-u-visually-hidden"> the call with {c.displayName}</span>
                  </button>{' '}
                  <EndConsultation
                    label={
                      <>
                        End<span className="nhsuk-u-visually-hidden"> the consultation with {c.displayName}</span>
                      </>
                    }
                    onEnd={() => onEnd(c)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
