'use client';
import { formatCalendarDate, formatNhsNumber, ukCalendarDay } from '../../mdt-live/case-words';
import type { MyMdtAction } from '../staff-api';
import '../my-mdt-actions.css';

/**
 * What the person agreed to do at an MDT: each open action from a signed outcome, with the patient
 * (name and NHS number, to find the right record), the meeting it was agreed at, and when it is
 * due, marked when that has passed. Not shown at all when they have none.
 */
export function MyMdtActions({ actions, error }: { actions: MyMdtAction[]; error?: string }) {
  if (error)
    return (
      <p className="nhsuk-error-message" data-testid="my-mdt-actions-error">
        <span className="nhsuk-u-visually-hidden">Error:</span> {error}
      </p>
    );
  if (!actions.length) return null;
  const today = ukCalendarDay();
  return (
    <section aria-labelledby="my-mdt-actions" data-testid="my-mdt-actions">
      <h2 id="my-mdt-actions" className="nhsuk-heading-m">
        Your MDT actions
      </h2>
      <ul className="convene-my-actions">
        {actions.map(({ action: a, ...at }) => {
          const overdue = a.due < today;
          return (
            <li key={`${at.caseId}-${a.id}`} data-testid="my-mdt-action" data-overdue={overdue}>
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{a.what}</h3>
              <dl className="convene-my-actions__facts">
                <dt>Patient</dt>
                <dd>
                  {at.patientName}, NHS number{' '}
                  <span className="convene-my-actions__nhs">{formatNhsNumber(at.nhsNumber)}</span>
                </dd>
                <dt>Agreed at</dt>
                <dd>
                  <a href={`/mdt/meetings/${at.meetingId}`}>{at.meetingTitle}</a>,{' '}
                  {formatCalendarDate(ukCalendarDay(new Date(at.meetingStartsAt)))}
                </dd>
                <dt>Due by</dt>
                <dd>
                  {formatCalendarDate(a.due)}{' '}
                  {overdue ? <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong> : null}
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
