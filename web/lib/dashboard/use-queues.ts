'use client';
import { useCallback, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { CallInProgress, QueueEntry } from '../../../contracts/protocol/methods/consultation';
import type { QueueActions } from './components/QueueTable';
import type { ServiceSummary } from './staff-api';
import type { Act } from './use-action-status';

/** One service as its staff see it live: who waits, and the calls under way or held. */
export interface ServiceLive {
  entries: QueueEntry[];
  calls: CallInProgress[];
}

/**
 * The live queue and calls of each of the clinician's services. `watchQueues` is stable so the
 * staff socket runs it on connecting (before anyone acts on a queue) and again after a reconnect.
 */
export function useQueues(): {
  live: Record<string, ServiceLive>;
  watchQueues(s: SignallingClient, services: ServiceSummary[]): Promise<() => void>;
} {
  const [live, setLive] = useState<Record<string, ServiceLive>>({});
  const watchQueues = useCallback(async (s: SignallingClient, services: ServiceSummary[]) => {
    const put = (serviceId: string, now: ServiceLive) =>
      setLive((l) => ({ ...l, [serviceId]: { entries: now.entries, calls: now.calls } }));
    // Listening first, so a change while the other services' queues are fetched is not lost.
    const stop = s.on('queue.updated', (now) => put(now.serviceId, now));
    for (const svc of services) put(svc.id, await s.request('queue.watch', { serviceId: svc.id }));
    return stop;
  }, []);
  return { live, watchQueues };
}

/** What can be done for someone waiting without seeing them; seeing them starts a consultation. */
export function queueRequests(signalling: SignallingClient | undefined, act: Act): Omit<QueueActions, 'admit'> {
  return {
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
}
