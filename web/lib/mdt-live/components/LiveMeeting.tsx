'use client';
import { useLoaded } from '../../http/use-loaded';
import { ConnectionBanner } from '../../nav/ConnectionBanner';
import { fetchActionOwners } from '../mdt-live-api';
import { useMdtLive } from '../use-mdt-live';
import { useMeetingCall } from '../use-meeting-call';
import { Attendance } from './Attendance';
import { CaseList, CaseSteps } from './CaseNav';
import { CasePanel } from './CasePanel';
import { LiveProblem, MeetingCallPane } from './MeetingCallPane';
import { OutcomeForm } from './OutcomeForm';
import '../mdt-live.css';

/**
 * A live MDT meeting: the call beside the case on everyone's screen (moved by the coordinator or
 * the chair), who is in the call and whether it is quorate, and the outcome typed live under both.
 */
export function LiveMeeting({ meetingId }: { meetingId: string }) {
  const m = useMdtLive(meetingId);
  const meetingCall = useMeetingCall(meetingId, m.signalling, m.me?.name);
  const cases = m.meeting?.cases ?? [];
  const index = cases.findIndex((c) => c.id === m.live?.currentCaseId);
  const current = cases[index];
  const go = (caseId: string) => void m.goToCase(caseId);
  const isChair = Boolean(m.me && m.meeting?.meeting.chair?.id === m.me.id);
  const team = useLoaded(m.meeting?.meeting.serviceId, fetchActionOwners, [], 'The team could not be read');
  const owners = { owners: team.value, error: team.error };
  return (
    <div className="convene-wide" data-testid="mdt-live">
      <span className="nhsuk-caption-l">Live MDT meeting</span>
      <h1 className="nhsuk-heading-l">{m.meeting?.meeting.title ?? 'Live MDT meeting'}</h1>
      <ConnectionBanner status={m.connection} />
      <LiveProblem message={m.error} />
      <div className="convene-mdt-live">
        <MeetingCallPane meeting={meetingCall} ready={Boolean(m.signalling && m.me)} />
        <div className="convene-mdt-live__side">
          <section className="convene-panel" aria-label="Case on screen">
            {current ? (
              <CasePanel
                c={current}
                index={index}
                count={cases.length}
                movedBy={m.live?.movedBy ?? null}
                steps={m.canMove ? <CaseSteps cases={cases} index={index} onGo={go} /> : null}
              />
            ) : (
              <>
                <p data-testid="no-case">
                  {m.live ? 'No case is on screen yet.' : 'Connecting to the meeting…'}{' '}
                  {m.canMove && cases.length ? 'Press Next to start with the first case.' : ''}
                </p>
                {m.canMove ? <CaseSteps cases={cases} index={index} onGo={go} /> : null}
              </>
            )}
            <CaseList cases={cases} index={index} canMove={m.canMove} onGo={go} />
          </section>
          {m.live ? <Attendance live={m.live} /> : null}
        </div>
        <div className="convene-mdt-live__outcome">
          {current && m.signalling ? (
            <OutcomeForm
              key={current.id}
              caseId={current.id}
              signalling={m.signalling}
              isChair={isChair}
              isCoordinator={m.me?.role === 'coordinator'}
              owners={owners}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
