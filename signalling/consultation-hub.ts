import type { Connection } from './connection';

type Index<T> = Map<string, Set<T>>;

/**
 * Who hears which consultation's and service's events, and each staff member's connections. A
 * deployment of several nodes adds an implementation whose followers may be on other nodes.
 */
export interface ConsultationFanout<T> {
  followConsultation(consultationId: string, c: T): void;
  unfollowConsultation(consultationId: string, c: T): void;
  dropConsultation(consultationId: string): void;
  watchService(serviceId: string, c: T): void;
  addUser(userId: string, c: T): void;
  ofUser(userId: string): T[];
  inConsultation(consultationId: string): T[];
  watching(serviceId: string): T[];
}

/**
 * Which connections of this process care about which consultation or service, so that a domain
 * event reaches exactly the people it concerns: a guest hears about their own consultation only,
 * staff about the queues they watch and the consultations they are in. Callers add a connection
 * only after the action that needs the events was authorised.
 */
export class ConsultationHub<T extends { connection: Connection }> implements ConsultationFanout<T> {
  private readonly byConsultation: Index<T> = new Map();
  private readonly byService: Index<T> = new Map();
  private readonly byUser: Index<T> = new Map();
  /** One close listener per connection, however many keys it follows. */
  private readonly tracked = new WeakSet<T>();

  private track(c: T): void {
    if (this.tracked.has(c)) return;
    this.tracked.add(c);
    c.connection.socket.once('close', () => {
      for (const index of [this.byConsultation, this.byService, this.byUser])
        for (const key of [...index.keys()]) ConsultationHub.remove(index, key, c);
    });
  }

  private static remove<T>(index: Index<T>, key: string, c: T): void {
    const set = index.get(key);
    if (!set?.delete(c)) return;
    if (set.size === 0) index.delete(key);
  }

  private add(index: Index<T>, key: string, c: T): void {
    this.track(c);
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(c);
  }

  followConsultation(consultationId: string, c: T): void {
    this.add(this.byConsultation, consultationId, c);
  }

  unfollowConsultation(consultationId: string, c: T): void {
    ConsultationHub.remove(this.byConsultation, consultationId, c);
  }

  /** Nobody hears of the consultation any more (it ended). */
  dropConsultation(consultationId: string): void {
    this.byConsultation.delete(consultationId);
  }

  watchService(serviceId: string, c: T): void {
    this.add(this.byService, serviceId, c);
  }

  /** A signed-in member of staff, on each of their open connections (a dashboard per tab). */
  addUser(userId: string, c: T): void {
    this.add(this.byUser, userId, c);
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
