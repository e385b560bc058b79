'use client';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import { useExternalLive } from '../use-external-live';
import { useMeetingCall } from '../use-meeting-call';
import { Attendance } from './Attendance';
import { CasePanel } from './CasePanel';
import { LiveProblem, MeetingCallPane } from './MeetingCallPane';
import '../mdt-live.css';

/**
 * The live meeting as an external clinician sees it: the same call, the case on screen as the panel
 * sees it and who is in the call, read-only. No case list, no outcome: the team records that.
 */
export function ExternalMeeting(p: {
  meetingId: string;
  name: string;
  signalling: SignallingClient;
  closed?: string | undefined;
}) {
  const { live, onScreen, error } = useExternalLive(p.meetingId, p.signalling);
  const meetingCall = useMeetingCall(p.meetingId, p.signalling, p.name);
  const shown = onScreen?.onScreen;
  const problem = p.closed ? `You are no longer connected to the meeting: ${p.closed}.` : error;
  return (
    <div className="convene-wide" data-testid="mdt-live" data-external="true">
      <span className="nhsuk-caption-l">Live MDT meeting: you are an external clinician</span>
      <h1 className="nhsuk-heading-l">{onScreen?.meeting.title ?? 'MDT meeting'}</h1>
      <p className="nhsuk-body-s">
        You are in this meeting as <strong>{p.name}</strong>. You see the case the panel has on screen; the team records
        the outcome.
      </p>
      <LiveProblem message={problem} testId="external-problem" />
      {/* Disconnected (the link withdrawn, the meeting over): nothing of the patient stays on screen. */}
      {p.closed ? null : (
        <div className="convene-mdt-live">
          <MeetingCallPane meeting={meetingCall} ready />
          <div className="convene-mdt-live__side">
            <section className="convene-panel" aria-label="Case on screen">
              {shown ? (
                <CasePanel
                  c={shown.case}
                  index={shown.position - 1}
                  count={shown.count}
                  movedBy={live?.movedBy ?? null}
                />
              ) : (
                <p data-testid="no-case">
                  {live
                    ? 'No case is on screen yet. It appears here when the coordinator or chair brings one up.'
                    : 'Connecting to the meeting…'}
                </p>
              )}
            </section>
            {live ? <Attendance live={live} /> : null}
          </div>
        </div>
      )}
    </div>
  );
}
