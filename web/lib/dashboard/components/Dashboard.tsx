'use client';
import { useCallback, useEffect, useState } from 'react';
import { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { QueueEntry } from '../../../../contracts/protocol/methods/consultation';
import type { NotificationData } from '../../../../contracts/protocol/notifications';
import { keepSessionFresh } from '../../auth/keep-session-fresh';
import { CallView } from '../../call/components/CallView';
import { signallingUrl } from '../../call/token';
import { useCall } from '../../call/use-call';
import { ConsultationPanel } from '../../consultation/components/ConsultationPanel';
import { fetchMe, fetchMyServices, type Me, type ServiceSummary } from '../staff-api';
import { QueueTable, type QueueActions } from './QueueTable';
import { StaffCallControls } from './StaffCallControls';

/** A clinician's working view: live queues of their services, and the consultation they are in. */
export function Dashboard() {
  const [me, setMe] = useState<Me>();
  const [services, setServices] = useState<ServiceSummary[]>([]);
  const [targets, setTargets] = useState<ServiceSummary[]>([]);
  const [queues, setQueues] = useState<Record<string, QueueEntry[]>>({});
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [active, setActive] = useState<{ consultationId: string; name: string }>();
  const [asked, setAsked] = useState<NotificationData<'colleague.asked'>[]>([]);
  const [call, client] = useCall();

  useEffect(() => {
    let s: SignallingClient | undefined;
    let stopRefreshing = (): void => {};
    (async () => {
      const [who, mine] = await Promise.all([fetchMe(), fetchMyServices()]);
      setMe(who);
      setServices(mine.services);
      setTargets(mine.transferTargets);
      s = await SignallingClient.connect(signallingUrl());
      stopRefreshing = keepSessionFresh(s);
      s.on('queue.updated', ({ serviceId, entries }) => setQueues((q) => ({ ...q, [serviceId]: entries })));
      s.on('colleague.asked', (a) => setAsked((xs) => [...xs.filter((x) => x.consultationId !== a.consultationId), a]));
      s.onClose((code, reason) => setError(`Lost the connection to the server (${reason || code}). Reload the page.`));
      for (const svc of mine.services) {
        const { entries } = await s.request('queue.watch', { serviceId: svc.id });
        setQueues((q) => ({ ...q, [svc.id]: entries }));
      }
      setSignalling(s);
    })().catch((err: Error) => setError(err.message));
    return () => {
      stopRefreshing();
      s?.close();
    };
  }, []);

  const act = useCallback(async (what: string, fn: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await fn();
      setNotice(what);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);

  const enterCall = async (s: SignallingClient, roomId: string, consultationId: string, name: string) => {
    setActive({ consultationId, name });
    const media = await navigator.mediaDevices
      .getUserMedia({ audio: true, video: { width: 1280, height: 720 } })
      .catch(() => undefined);
    await client.join({
      signalling: s,
      roomId,
      displayName: me!.name,
      mic: media?.getAudioTracks()[0],
      camera: media?.getVideoTracks()[0],
    });
  };

  const admit = async (entry: QueueEntry) => {
    if (!signalling || !me) return;
    await act(`You are seeing ${entry.displayName}.`, async () => {
      const { roomId } = await signalling.request('consultation.admit', { consultationId: entry.consultationId });
      await enterCall(signalling, roomId, entry.consultationId, entry.displayName);
    });
  };

  const joinAsked = async (a: NotificationData<'colleague.asked'>) => {
    if (!signalling || !me) return;
    setAsked((xs) => xs.filter((x) => x.consultationId !== a.consultationId));
    await act(`You joined ${a.from}'s call.`, async () => {
      const { roomId } = await signalling.request('consultation.join', { consultationId: a.consultationId });
      await enterCall(signalling, roomId, a.consultationId, `${a.from}'s call`);
    });
  };

  const actions: QueueActions = {
    admit: (e) => void admit(e),
    message: (e, text) =>
      void act(`Message sent to ${e.displayName}.`, () =>
        signalling!.request('waiting.sendMessage', { consultationId: e.consultationId, text }),
      ),
    transfer: (e, to) =>
      void act(`${e.displayName} was transferred.`, () =>
        signalling!.request('consultation.transfer', { consultationId: e.consultationId, toServiceId: to }),
      ),
    end: (e) =>
      void act(`The consultation with ${e.displayName} has ended.`, () =>
        signalling!.request('consultation.end', { consultationId: e.consultationId }),
      ),
  };

  const leaveActive = async (what: string, fn: () => Promise<unknown>) => {
    await act(what, fn);
    await client.leave();
    setActive(undefined);
  };

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
        <div
          className="convene-consultation"
          data-testid="active-consultation"
          data-consultation-id={active.consultationId}
        >
          <h2 className="nhsuk-heading-m">In consultation with {active.name}</h2>
          <CallView state={call} client={client} />
          <div className="convene-side">
            <ConsultationPanel signalling={signalling} consultationId={active.consultationId} />
            <StaffCallControls
              consultationId={active.consultationId}
              onAskColleague={(userId, name) =>
                void act(`${name} has been asked to join.`, () =>
                  signalling.request('consultation.askColleague', { consultationId: active.consultationId, userId }),
                )
              }
              onHold={(message) =>
                void leaveActive(`${active.name} is back in the waiting area.`, () =>
                  signalling.request('consultation.hold', {
                    consultationId: active.consultationId,
                    message: message || undefined,
                  }),
                )
              }
              onEnd={() =>
                void leaveActive(`The consultation with ${active.name} has ended.`, () =>
                  signalling.request('consultation.end', { consultationId: active.consultationId }),
                )
              }
            />
          </div>
        </div>
      ) : null}
      {asked.map((a) => (
        <div className="nhsuk-warning-callout" key={a.consultationId} data-testid="colleague-asked" role="alert">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {a.from} asks you to join a call
            </span>
          </h2>
          <p>In {a.serviceName}.</p>
          <button type="button" className="nhsuk-button" onClick={() => void joinAsked(a)}>
            Join the call
          </button>
        </div>
      ))}
      {services.map((svc) => (
        <QueueTable key={svc.id} service={svc} entries={queues[svc.id] ?? []} targets={targets} actions={actions} />
      ))}
      {me && services.length === 0 ? (
        <p>You are not a member of any service yet. Ask an administrator to add you.</p>
      ) : null}
    </div>
  );
}
