'use client';

/**
 * After leaving the call (or losing it): the consultation is still open, so one button takes the
 * guest back in, with the name and check they gave, without the form again.
 */
export function GuestLeft({ onRejoin, error }: { onRejoin(): void; error?: string }) {
  return (
    <section data-testid="left-call" aria-label="You have left the call">
      {error ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <p>The clinician has not ended your consultation. You can go back into the call while it is still open.</p>
      <button type="button" className="nhsuk-button" onClick={onRejoin}>
        Rejoin
      </button>
      <p className="nhsuk-body-s">If you have finished, you can close this page.</p>
    </section>
  );
}
