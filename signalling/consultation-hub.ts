import type { Connection } from './connection';

/**
 * Which connections care about which consultation or service, so that a domain event reaches
 * exactly the people it concerns: a guest hears about their own consultation only, staff about
 * the queues they watch and the consultations they are in.
 */
export class ConsultationHub<T extends { connection: Connection }> {
  private readonly byConsultation = new Map<string, Set<T>>();
  private readonly byService = new Map<string, Set<T>>();
  private readonly byUser = new Map<string, Set<T>>();

  private static add<T extends { connection: Connection }>(map: Map<string, Set<T>>, key: string, c: T): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    if (set.has(c)) return;
    set.add(c);
    c.connection.socket.once('close', () => {
      set.delete(c);
      if (set.size === 0 && map.get(key) === set) map.delete(key);
    });
  }

  followConsultation(consultationId: string, c: T): void {
    ConsultationHub.add(this.byConsultation, consultationId, c);
  }

  watchService(serviceId: string, c: T): void {
    ConsultationHub.add(this.byService, serviceId, c);
  }

  /** A signed-in member of staff, on each of their open connections (a dashboard per tab). */
  addUser(userId: string, c: T): void {
    ConsultationHub.add(this.byUser, userId, c);
  }

  ofUser(userId: string): T[] {
    return [...(this.byUser.get(userId) ?? [])];
  }

  inConsultation(consultationId: string): T[] {
    return [...(this.byConsultation.get(consultationId) ?? [])];
  }

  watching(serviceId: string): T[] {
    return [...(this.byService.get(serviceId) ?? [])];
  }
}
