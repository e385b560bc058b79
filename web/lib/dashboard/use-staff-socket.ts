'use client';
import { useCallback, useEffect, useState } from 'react';
import { STAFF_RECONNECT, type ConnectionStatus } from '../../../contracts/client/reconnect';
import { SignallingClient } from '../../../contracts/client/signalling-client';
import type { NotificationData } from '../../../contracts/protocol/notifications';
import { keepSessionFresh } from '../auth/keep-session-fresh';
import { signallingUrl } from '../call/token';
import { fetchMe, fetchMyServices, type Me, type ServiceSummary } from './staff-api';

/** A colleague asking this clinician into their call; shown until answered. */
export type ColleagueAsk = NotificationData<'colleague.asked'>;

/** What the staff member's connection gives the page. */
export interface StaffSocket {
  me: Me | undefined;
  services: ServiceSummary[];
  targets: ServiceSummary[];
  /** Handed out only once `onOpen` has finished, so nothing acts before the queues are watched. */
  signalling: SignallingClient | undefined;
  /** 'reconnecting' while a dropped connection is being opened again by itself. */
  connection: ConnectionStatus;
  asked: ColleagueAsk[];
  dismissAsked(consultationId: string): void;
}

const without = (asks: ColleagueAsk[], consultationId: string): ColleagueAsk[] =>
  asks.filter((a) => a.consultationId !== consultationId);

/** What a page follows on the socket; the function it may return stops listening (before a re-follow). */
export type OnOpen = (s: SignallingClient, services: ServiceSummary[]) => Promise<(() => void) | void>;

/**
 * The staff member's one connection for the page's life: who they are and their services, then a
 * socket kept signed in through the shift, collecting colleagues' requests to join. `onOpen` (keep it
 * stable) runs on the new socket before it is handed out, and again after each reconnect, since the
 * server forgets what a dropped socket followed; `onError` hears what stops the page.
 */
export function useStaffSocket(onOpen: OnOpen, onError: (message: string) => void): StaffSocket {
  const [me, setMe] = useState<Me>();
  const [services, setServices] = useState<ServiceSummary[]>([]);
  const [targets, setTargets] = useState<ServiceSummary[]>([]);
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [asked, setAsked] = useState<ColleagueAsk[]>([]);
  const [connection, setConnection] = useState<ConnectionStatus>('connected');

  useEffect(() => {
    let s: SignallingClient | undefined;
    let stopRefreshing = (): void => {};
    let stopFollowing: (() => void) | void;
    (async () => {
      const [who, mine] = await Promise.all([fetchMe(), fetchMyServices()]);
      setMe(who);
      setServices(mine.services);
      setTargets(mine.transferTargets);
      const client = (s = await SignallingClient.connect(signallingUrl(), undefined, WebSocket, STAFF_RECONNECT));
      stopRefreshing = keepSessionFresh(client);
      client.on('colleague.asked', (a) => setAsked((xs) => [...without(xs, a.consultationId), a]));
      client.onStatus((status) => {
        setConnection(status);
        if (status === 'closed') onError('The connection to the server has ended. Reload the page to sign in again.');
      });
      client.onReconnect(() => {
        stopFollowing?.();
        onOpen(client, mine.services).then(
          (stop) => void (stopFollowing = stop),
          (err: Error) => onError(err.message),
        );
      });
      stopFollowing = await onOpen(client, mine.services);
      setSignalling(client);
    })().catch((err: Error) => onError(err.message));
    return () => {
      stopRefreshing();
      stopFollowing?.();
      s?.close();
    };
  }, [onOpen, onError]);

  const dismissAsked = useCallback((id: string) => setAsked((xs) => without(xs, id)), []);
  return { me, services, targets, signalling, connection, asked, dismissAsked };
}
