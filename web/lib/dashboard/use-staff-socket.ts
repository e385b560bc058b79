'use client';
import { useCallback, useEffect, useState } from 'react';
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
  asked: ColleagueAsk[];
  dismissAsked(consultationId: string): void;
}

const without = (asks: ColleagueAsk[], consultationId: string): ColleagueAsk[] =>
  asks.filter((a) => a.consultationId !== consultationId);

/**
 * The staff member's one connection for the page's life: who they are and their services, then a
 * socket kept signed in through the shift, collecting colleagues' requests to join. `onOpen` (keep it
 * stable) runs on the new socket before it is handed out; `onError` hears what stops the page.
 */
export function useStaffSocket(
  onOpen: (s: SignallingClient, services: ServiceSummary[]) => Promise<void>,
  onError: (message: string) => void,
): StaffSocket {
  const [me, setMe] = useState<Me>();
  const [services, setServices] = useState<ServiceSummary[]>([]);
  const [targets, setTargets] = useState<ServiceSummary[]>([]);
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [asked, setAsked] = useState<ColleagueAsk[]>([]);

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
      s.on('colleague.asked', (a) => setAsked((xs) => [...without(xs, a.consultationId), a]));
      s.onClose((code, reason) => onError(`Lost the connection to the server (${reason || code}). Reload the page.`));
      await onOpen(s, mine.services);
      setSignalling(s);
    })().catch((err: Error) => onError(err.message));
    return () => {
      stopRefreshing();
      s?.close();
    };
  }, [onOpen, onError]);

  const dismissAsked = useCallback((id: string) => setAsked((xs) => without(xs, id)), []);
  return { me, services, targets, signalling, asked, dismissAsked };
}
