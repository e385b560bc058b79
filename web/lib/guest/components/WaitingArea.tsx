'use client';

/** What a guest sees while waiting (the page heading says so): reassurance and messages from the clinic, never other callers. */
export function WaitingArea({
  messages,
  heldMessage,
}: {
  messages: { text: string; sentAt: string }[];
  heldMessage?: string | null;
}) {
  return (
    <section aria-label="Waiting area" data-testid="waiting-area">
      {heldMessage !== undefined ? (
        <div className="nhsuk-inset-text" data-testid="held-notice">
          <p>The clinician has put your call on hold. Please keep this page open: they will bring you back.</p>
          {heldMessage ? <p data-testid="held-message">{heldMessage}</p> : null}
        </div>
      ) : (
        <p>
          The clinician will see you as soon as they can. Please keep this page open; you will be taken into the call.
        </p>
      )}
      <div aria-live="polite">
        {messages.map((m) => (
          <div key={m.sentAt + m.text} className="nhsuk-card nhsuk-u-margin-bottom-3" data-testid="waiting-message">
            <div className="nhsuk-card__content">
              <p className="nhsuk-card__description">
                <strong>Message from the clinic:</strong> {m.text}
              </p>
            </div>
          </div>
        ))}
      </div>
      <p className="convene-recording-status">
        <span aria-hidden="true">●</span> Nothing is being recorded
      </p>
    </section>
  );
}
