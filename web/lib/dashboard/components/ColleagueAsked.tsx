'use client';
import type { ColleagueAsk } from '../use-staff-socket';

/** A colleague asking the clinician into their call, loud enough to be noticed over the queues. */
export function ColleagueAsked({ ask, onJoin }: { ask: ColleagueAsk; onJoin(): void }) {
  return (
    <div className="nhsuk-warning-callout" data-testid="colleague-asked" role="alert">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {ask.from} asks you to join a call
        </span>
      </h2>
      <p>In {ask.serviceName}.</p>
      <button type="button" className="nhsuk-button" onClick={onJoin}>
        Join the call
      </button>
    </div>
  );
}
