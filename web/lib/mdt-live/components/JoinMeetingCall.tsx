'use client';
import type { CallState } from '../../call/call-state';

/** Before joining: the one button, what it will ask for, and why a last attempt failed. */
export function JoinMeetingCall(p: { call: CallState; ready: boolean; onJoin(): void }) {
  const { call } = p;
  return (
    <section className="convene-mdt-join" aria-label="Video call" data-testid="join-meeting-call">
      {call.status === 'failed' && call.error ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> Could not join the call: {call.error}
        </p>
      ) : null}
      {call.status === 'left' && call.closedReason ? <p>You were taken out of the call: {call.closedReason}</p> : null}
      <p>Joining uses your camera and microphone. You can turn either off once you are in.</p>
      <button type="button" className="nhsuk-button" disabled={!p.ready} onClick={p.onJoin}>
        Join the meeting&apos;s call
      </button>
    </section>
  );
}
