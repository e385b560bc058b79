'use client';
import type { ServiceSummary } from '../staff-api';
import type { ServiceLive } from '../use-queues';

/**
 * While the call has the screen the queue tables are out of sight: one line keeps the queues in
 * mind (and, being a status, tells a screen reader user when someone arrives) without taking space.
 */
export function QueueSummary({ services, live }: { services: ServiceSummary[]; live: Record<string, ServiceLive> }) {
  if (services.length === 0) return null;
  const waiting = services
    .map((s) => ({ name: s.name, n: live[s.id]?.entries.length ?? 0 }))
    .filter((s) => s.n > 0)
    .map((s) => `${s.n} waiting in ${s.name}`);
  return (
    <p className="nhsuk-body-s convene-queue-summary" role="status" data-testid="queue-summary">
      {waiting.length > 0 ? waiting.join('; ') : 'Nobody is waiting in your queues'}. Your queues come back when you
      leave the call.
    </p>
  );
}
