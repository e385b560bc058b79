import type { Verdict } from '../verdict';

/** The verdict in plain words, announced to screen readers when it changes. */
export function PrecheckSummary({ verdict }: { verdict: Verdict }) {
  return (
    <div aria-live="polite" data-testid="precheck-verdict" data-passed={verdict.passed} data-ready={verdict.ready}>
      {verdict.passed ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Result: </span>
          <h2 className="nhsuk-heading-m">{verdict.headline}</h2>
          <p>You are ready for your video appointment.</p>
        </div>
      ) : verdict.problems.length > 0 ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {verdict.headline}
          </h2>
          {verdict.problems.map((p) => (
            <div key={p.id} data-problem={p.id}>
              {verdict.problems.length > 1 ? <h3 className="nhsuk-heading-s">{p.title}</h3> : null}
              <p>{p.advice}</p>
            </div>
          ))}
        </div>
      ) : (
        <p>{verdict.headline}…</p>
      )}
    </div>
  );
}
