'use client';
import { CallView } from '../../call/components/CallView';
import type { useMeetingCall } from '../use-meeting-call';
import { JoinMeetingCall } from './JoinMeetingCall';

/** The meeting's call beside the panel: the call once joined, the button to join it before. */
export function MeetingCallPane({ meeting, ready }: { meeting: ReturnType<typeof useMeetingCall>; ready: boolean }) {
  const { call, client, join, inCall } = meeting;
  return (
    <div className="convene-mdt-live__call">
      {inCall ? (
        <CallView state={call} client={client} />
      ) : (
        <JoinMeetingCall call={call} ready={ready} onJoin={() => void join()} />
      )}
    </div>
  );
}

/** What stops the live page (a refusal, a lost connection), at its top, as the design system's error summary. */
export function LiveProblem({ message, testId }: { message: string | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <div className="nhsuk-error-summary" role="alert" data-testid={testId}>
      <h2 className="nhsuk-error-summary__title">There is a problem</h2>
      <div className="nhsuk-error-summary__body">
        <p>{message}</p>
      </div>
    </div>
  );
}
