'use client';

/** The dashboard's problem banner and its last action's outcome, the same with or without a call on screen. */
export function ActionStatus({ error, notice }: { error: string | undefined; notice: string | undefined }) {
  return (
    <>
      {error ? (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">There is a problem</h2>
          <div className="nhsuk-error-summary__body">
            <p>{error}</p>
          </div>
        </div>
      ) : null}
      {notice ? (
        <p className="nhsuk-inset-text" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
}
