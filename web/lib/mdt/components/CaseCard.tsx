'use client';
import { PERFORMANCE_STATUS, spacedNhsNumber, STATUS_WORDS } from '../case-words';
import type { CaseOnList } from '../mdt-api';

/** What a coordinator may do to a listed case from the list; absent for readers and cases that have left it. */
export interface CaseActions {
  up?: (() => void) | undefined;
  down?: (() => void) | undefined;
  notDiscussed: () => void;
  rollOver: () => void;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children || 'Not given'}</dd>
    </div>
  );
}

/** One case as the panel reads it before the meeting: the patient, the question, the pre-MDT summary. */
export function CaseCard({ item, actions }: { item: CaseOnList; actions: CaseActions | null }) {
  const { patient, summary } = item;
  const name = `${patient.givenName} ${patient.familyName}`;
  const ps = summary.performanceStatus;
  return (
    <section className="nhsuk-card" data-case={name} aria-labelledby={`case-${item.id}`}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`case-${item.id}`}>
          {item.position}. {name}
        </h2>
        <p>
          <strong className={`nhsuk-tag${item.status === 'listed' ? '' : ' nhsuk-tag--grey'}`}>
            {STATUS_WORDS[item.status]}
          </strong>
          {item.addedLate ? <strong className="nhsuk-tag nhsuk-tag--orange"> Added late</strong> : null}
        </p>
        <dl className="nhsuk-summary-list">
          <Row label="NHS number">{spacedNhsNumber(patient.nhsNumber)}</Row>
          <Row label="Date of birth">{patient.dateOfBirth}</Row>
          <Row label="Referred by">{[item.referrer.name, item.referrer.organisation].filter(Boolean).join(', ')}</Row>
          <Row label="Question for the MDT">{item.question}</Row>
          <Row label="Diagnosis">{summary.diagnosis}</Row>
          <Row label="Stage and TNM">{[summary.stage, summary.tnm].filter(Boolean).join('; ')}</Row>
          <Row label="WHO performance status">{ps === null ? '' : PERFORMANCE_STATUS[ps]}</Row>
          <Row label="Comorbidities">{summary.comorbidities}</Row>
          <Row label="Investigations to review">{summary.investigations.join('; ')}</Row>
          <Row label="Attachments">
            {item.attachments.length
              ? item.attachments.map((f) => (
                  <a key={f.id} href={`/api/mdt/attachments/${f.id}`} className="nhsuk-u-margin-right-3">
                    {f.filename}
                  </a>
                ))
              : 'None'}
          </Row>
        </dl>
        {actions ? (
          <div className="nhsuk-button-group">
            {actions.up ? (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={actions.up}
                aria-label={`Move ${name} up`}
              >
                Move up
              </button>
            ) : null}
            {actions.down ? (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={actions.down}
                aria-label={`Move ${name} down`}
              >
                Move down
              </button>
            ) : null}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={actions.notDiscussed}
              aria-label={`Mark ${name} standard of care, not discussed`}
            >
              Standard of care — not discussed
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={actions.rollOver}
              aria-label={`Roll ${name} over to the next meeting`}
            >
              Roll over
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
