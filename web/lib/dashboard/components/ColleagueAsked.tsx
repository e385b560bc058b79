'use client';
import type { ColleagueAsk } from '../use-staff-socket';

/**
 * A colleague asking the clinician into their call, loud enough to be noticed over the queues or over
 * their own call. One call at a time: while in a call it says so instead of offering a button that
 * could only fail, and it stays until they have left and can join.
 */
export function ColleagueAsked({ ask, inCall, onJoin }: { ask: ColleagueAsk; inCall?: boolean; onJoin(): void }) {
  return (
    <div className="nhsuk-warning-callout" data-testid="colleague-asked" role="alert">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {ask.from} asks you to join a call
        </span>
      </h2>
      <p>In {ask.serviceName}.</p>
      {inCall ? (
        <p>You can join it once you have left the call you are in.</p>
      ) : (
        <button type="button" className="nhsuk-button" onClick={onJoin}>
          Join the call
        </button>
      )}
    </div>
  );
}
