'use client';
import type { CallInProgress } from '../../../../contracts/protocol/methods/consultation';
import { useActionStatus } from '../use-action-status';
import { useActiveConsultation } from '../use-active-consultation';
import { queueRequests, useQueues } from '../use-queues';
import { useRejoinOnReload } from '../use-rejoin-on-reload';
import { useStaffSocket } from '../use-staff-socket';
import { CallsInProgress } from './CallsInProgress';
import { ColleagueAsked } from './ColleagueAsked';
import { InConsultation } from './InConsultation';
import { QueueTable, type QueueActions } from './QueueTable';

/** A clinician's working view: live queues and calls of their services, and the consultation they are in. */
export function Dashboard() {
  const { error, notice, setError, act } = useActionStatus();
  const { live, watchQueues } = useQueues();
  const { me, services, targets, signalling, asked, dismissAsked } = useStaffSocket(watchQueues, setError);
  const consultation = useActiveConsultation({ signalling, me, act, dismissAsked });
  const { active, call } = consultation;
  const requests = queueRequests(signalling, act);
  const actions: QueueActions = { admit: (e) => void consultation.admit(e), ...requests };
  const callsOf = (serviceId: string): CallInProgress[] => live[serviceId]?.calls ?? [];
  useRejoinOnReload(
    Boolean(signalling && me),
    services.flatMap((s) => callsOf(s.id)),
    consultation.rejoin,
  );

  return (
    <div>
      <h1 className="nhsuk-heading-l">{me ? `${me.name}: your queues` : 'Your queues'}</h1>
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
      {active && signalling && call.status === 'joined' ? (
        <InConsultation
          active={active}
          signalling={signalling}
          call={call}
          client={consultation.client}
          onAskColleague={consultation.askColleague}
          onLeave={consultation.leave}
          onHold={consultation.hold}
          onEnd={consultation.end}
        />
      ) : null}
      {asked.map((a) => (
        <ColleagueAsked key={a.consultationId} ask={a} onJoin={() => void consultation.joinAsked(a)} />
      ))}
      {services.map((svc) => (
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
      {me && services.length === 0 ? (
        <p>You are not a member of any service yet. Ask an administrator to add you.</p>
      ) : null}
    </div>
  );
}
