'use client';
import { useCallback, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { QueueEntry } from '../../../contracts/protocol/methods/consultation';
import type { QueueActions } from './components/QueueTable';
import type { ServiceSummary } from './staff-api';
import type { Act } from './use-action-status';

/**
 * The live queue of each of the clinician's services. `watchQueues` is stable so the staff socket
 * can run it once, on connecting, before anyone acts on a queue.
 */
export function useQueues(): {
  queues: Record<string, QueueEntry[]>;
  watchQueues(s: SignallingClient, services: ServiceSummary[]): Promise<void>;
} {
  const [queues, setQueues] = useState<Record<string, QueueEntry[]>>({});
  const watchQueues = useCallback(async (s: SignallingClient, services: ServiceSummary[]) => {
    const put = (serviceId: string, entries: QueueEntry[]) => setQueues((q) => ({ ...q, [serviceId]: entries }));
    // Listening first, so a change while the other services' queues are fetched is not lost.
    s.on('queue.updated', ({ serviceId, entries }) => put(serviceId, entries));
    for (const svc of services) {
      const { entries } = await s.request('queue.watch', { serviceId: svc.id });
      put(svc.id, entries);
    }
  }, []);
  return { queues, watchQueues };
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
