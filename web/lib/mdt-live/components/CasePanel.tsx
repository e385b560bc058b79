'use client';
import type { ReactNode } from 'react';
import { formatDateOfBirth, formatNhsNumber } from '../case-words';
import type { MeetingCase } from '../mdt-live-api';

const row = (key: string, value: string) =>
  value ? (
    <div className="nhsuk-summary-list__row" key={key}>
      <dt className="nhsuk-summary-list__key">{key}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  ) : null;

/**
 * The case everyone is looking at: where it is on the list, the patient (name, NHS number 3-3-4,
 * date of birth), the question put to the MDT, and the pre-MDT summary the panel read beforehand.
 */
export function CasePanel(p: {
  /** Attachments are not shown here: an external clinician, who reads only this panel, is not given them. */
  c: Omit<MeetingCase, 'attachments'>;
  index: number;
  count: number;
  movedBy: string | null;
  /** The buttons that move the panel, for those who may: under the position, above the patient. */
  steps?: ReactNode;
}) {
  const { c } = p;
  const s = c.summary;
  return (
    <div data-testid="case-panel" data-case-id={c.id}>
      <p className="nhsuk-caption-m" data-testid="case-position">
        Case {p.index + 1} of {p.count}
      </p>
      {p.steps}
      <h2 className="nhsuk-heading-m" data-testid="case-patient">
        {c.patient.givenName} {c.patient.familyName}
      </h2>
      <dl className="nhsuk-summary-list">
        {row('NHS number', formatNhsNumber(c.patient.nhsNumber))}
        {row('Date of birth', formatDateOfBirth(c.patient.dateOfBirth))}
        {row('Referred by', [c.referrer.name, c.referrer.organisation].filter(Boolean).join(', '))}
        {row('Presenting', c.presenter?.name ?? '')}
      </dl>
      <h3 className="nhsuk-heading-s">Question for the MDT</h3>
      <p data-testid="case-question">{c.question}</p>
      <h3 className="nhsuk-heading-s">Pre-MDT summary</h3>
      <dl className="nhsuk-summary-list">
        {row('Diagnosis', s.diagnosis)}
        {row('Stage', s.stage)}
        {row('TNM', s.tnm)}
        {row('Performance status (WHO)', s.performanceStatus === null ? '' : String(s.performanceStatus))}
        {row('Comorbidities', s.comorbidities)}
      </dl>
      {s.investigations.length ? (
        <>
          <h3 className="nhsuk-heading-s">Investigations to review</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {s.investigations.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </>
      ) : null}
      {p.movedBy ? <p className="nhsuk-body-s">Brought on screen by {p.movedBy}.</p> : null}
    </div>
  );
}
