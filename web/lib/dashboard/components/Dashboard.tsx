'use client';
import type { CallInProgress } from '../../../../contracts/protocol/methods/consultation';
import { useLoaded } from '../../http/use-loaded';
import { fetchMyMdtActions } from '../staff-api';
import { useActionStatus } from '../use-action-status';
import { useActiveConsultation } from '../use-active-consultation';
import { queueRequests, useQueues } from '../use-queues';
import { useRejoinOnReload } from '../use-rejoin-on-reload';
import { useStaffSocket } from '../use-staff-socket';
import { ConnectionBanner } from '../../nav/ConnectionBanner';
import { ActionStatus } from './ActionStatus';
import { CallsInProgress } from './CallsInProgress';
import { ColleagueAsked } from './ColleagueAsked';
import { InConsultation } from './InConsultation';
import { QueueSummary } from './QueueSummary';
import { MdtMeetingsLink } from './MdtMeetingsLink';
import { MyMdtActions } from './MyMdtActions';
import { QueueTable, type QueueActions } from './QueueTable';

/**
 * A clinician's working view: live queues and calls of their services or, while they are in a
 * consultation, that call taking the screen. Only what is shown changes: the socket, the queues and
 * the call live in the hooks here, so the queues come back as they are when the call ends.
 */
export function Dashboard() {
  const { error, notice, setError, act } = useActionStatus();
  const { live, watchQueues } = useQueues();
  const { me, services, targets, signalling, connection, asked, dismissAsked } = useStaffSocket(watchQueues, setError);
  const callsOf = (serviceId: string): CallInProgress[] => live[serviceId]?.calls ?? [];
  const patientOf = (consultationId: string) =>
    Object.values(live)
      .flatMap((l) => l.calls)
      .find((c) => c.consultationId === consultationId)?.displayName;
  const mdts = services.filter((svc) => svc.kind === 'mdt');
  // Only a member of an MDT can own an MDT action: nobody else is asked.
  const mine = useLoaded(
    mdts.length ? 'mine' : undefined,
    fetchMyMdtActions,
    [],
    'Your MDT actions could not be shown',
  );
  const consultation = useActiveConsultation({ signalling, me, act, dismissAsked, patientOf });
  const { active, call } = consultation;
  const requests = queueRequests(signalling, act);
  const actions: QueueActions = { admit: (e) => void consultation.admit(e), ...requests };
  useRejoinOnReload(
    Boolean(signalling && me),
    services.flatMap((s) => callsOf(s.id)),
    consultation.rejoin,
  );

  const inCall = Boolean(active && signalling && call.status === 'joined');
  const notices = (
    <>
      <ConnectionBanner status={connection} />
      <ActionStatus error={error} notice={notice} />
      {asked.map((a) => (
        <ColleagueAsked key={a.consultationId} ask={a} inCall={inCall} onJoin={() => void consultation.joinAsked(a)} />
      ))}
    </>
  );
  if (inCall && active && signalling) {
    return (
      <InConsultation
        active={{ ...active, patient: active.patient ?? patientOf(active.consultationId) }}
        signalling={signalling}
        call={call}
        client={consultation.client}
        onAskColleague={consultation.askColleague}
        onLeave={consultation.leave}
        onHold={consultation.hold}
        onEnd={consultation.end}
      >
        {notices}
        <QueueSummary services={services} live={live} />
      </InConsultation>
    );
  }
  return (
    <div>
      <h1 className="nhsuk-heading-l">{me ? `${me.name}: your queues` : 'Your queues'}</h1>
      {notices}
      {services
        .filter((svc) => svc.kind !== 'mdt')
        .map((svc) => (
          <QueueTable
            key={svc.id}
            service={svc}
            entries={live[svc.id]?.entries ?? []}
            targets={targets}
            actions={actions}
          >
            <CallsInProgress
              serviceName={svc.name}
              calls={callsOf(svc.id).filter((c) => c.consultationId !== active?.consultationId)}
              onRejoin={(c) => void consultation.rejoin(c)}
              onEnd={requests.end}
            />
          </QueueTable>
        ))}
      <MyMdtActions actions={mine.value} error={mine.error} />
      <MdtMeetingsLink mdts={mdts} />
      {me && services.length === 0 ? (
        <p>You are not a member of any service yet. Ask an administrator to add you.</p>
      ) : null}
    </div>
  );
}
