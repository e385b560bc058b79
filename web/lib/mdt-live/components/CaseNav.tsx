'use client';
import type { MeetingCase } from '../mdt-live-api';

const name = (c: MeetingCase) => `${c.patient.givenName} ${c.patient.familyName}`;

/** Previous and Next, for the coordinator and the chair only: they move everyone's panel. */
export function CaseSteps(p: { cases: MeetingCase[]; index: number; onGo(caseId: string): void }) {
  const previous = p.index > 0 ? p.cases[p.index - 1] : undefined;
  const next = p.cases[p.index + 1];
  return (
    <div className="nhsuk-button-group convene-mdt-steps">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={!previous}
        onClick={() => previous && p.onGo(previous.id)}
      >
        Previous<span className="nhsuk-u-visually-hidden"> case</span>
      </button>
      <button type="button" className="nhsuk-button" disabled={!next} onClick={() => next && p.onGo(next.id)}>
        Next<span className="nhsuk-u-visually-hidden"> case</span>
      </button>
    </div>
  );
}

/**
 * The meeting's cases in order, the one on screen marked. For the coordinator and the chair each
 * other case is a button that brings it up for everyone; others just read where the meeting is.
 */
export function CaseList(p: { cases: MeetingCase[]; index: number; canMove: boolean; onGo(caseId: string): void }) {
  return (
    <nav aria-labelledby="case-list-heading" data-testid="case-list">
      <h3 className="nhsuk-heading-s" id="case-list-heading">
        Case list
      </h3>
      <ol className="nhsuk-list nhsuk-list--number">
        {p.cases.map((c, i) =>
          i === p.index ? (
            <li key={c.id} aria-current="true">
              <strong>{name(c)} (on screen)</strong>
            </li>
          ) : (
            <li key={c.id}>
              {p.canMove ? (
                <button type="button" className="convene-link-button" onClick={() => p.onGo(c.id)}>
                  {name(c)}
                  <span className="nhsuk-u-visually-hidden"> (bring this case up for everyone)</span>
                </button>
              ) : (
                name(c)
              )}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
