import type { ConsultationFanout } from './consultation-hub';
import type { Actor, ConsultationDomain, ConsultationSession } from './consultation-session';

/** A service's queue and its calls in progress, read with the asker's own rights (for watch and for updates). */
export async function queueOf(domain: ConsultationDomain, actor: Actor, serviceId: string) {
  const [entries, calls] = await Promise.all([domain.queue(actor, serviceId), domain.calls(actor, serviceId)]);
  return { serviceId, entries, calls };
}

/**
 * Sends each domain event to the connections it concerns. Queues are re-read per watcher with
 * that watcher's own rights, so nobody is sent a queue they may not see.
 */
export function relayConsultationEvents(
  domain: ConsultationDomain,
  hub: ConsultationFanout<ConsultationSession>,
): void {
  domain.on('queueChanged', ({ serviceId }) => {
    for (const s of hub.watching(serviceId)) {
      queueOf(domain, s.actor, serviceId).then(
        (queue) => s.connection.notify('queue.updated', queue),
        () => {},
      );
    }
  });
  domain.on('statusChanged', (e) => {
    for (const s of hub.inConsultation(e.consultationId)) {
      // Back to waiting means transferred: the old service's staff no longer hear of it.
      if (!s.isGuest && e.status === 'waiting') hub.unfollowConsultation(e.consultationId, s);
      // A guest held, moved or finished is taken out of the call by the room's recheck, not trusted to leave.
      if (!s.isGuest) continue;
      s.connection.notify('waiting.status', e);
    }
    if (e.status === 'ended') hub.dropConsultation(e.consultationId);
  });
  domain.on('waitingMessage', (e) => {
    for (const s of hub.inConsultation(e.consultationId)) if (s.isGuest) s.connection.notify('waiting.message', e);
  });
  domain.on('chatMessage', (e) => {
    for (const s of hub.inConsultation(e.consultationId)) s.connection.notify('chat.message', e);
  });
  domain.on('fileShared', (e) => {
    for (const s of hub.inConsultation(e.consultationId)) s.connection.notify('file.shared', e);
  });
  domain.on('colleagueAsked', ({ userId, ...asked }) => {
    for (const s of hub.ofUser(userId)) s.connection.notify('colleague.asked', asked);
  });
}
