/** What the index needs of a session: to be asked again whether it may stay. */
export interface Recheckable {
  recheck(): Promise<void>;
}

/**
 * Which sessions of this process are in which room, so that when what a room is for changes
 * (a consultation held or ended) everyone in it is judged again. Per process: with more than one
 * node, each node rechecks its own sessions on hearing the same domain event.
 */
export class RoomSessions<S extends Recheckable = Recheckable> {
  private readonly byRoom = new Map<string, Set<S>>();

  add(roomId: string, session: S): void {
    let set = this.byRoom.get(roomId);
    if (!set) this.byRoom.set(roomId, (set = new Set()));
    set.add(session);
  }

  remove(roomId: string, session: S): void {
    const set = this.byRoom.get(roomId);
    if (set?.delete(session) && set.size === 0) this.byRoom.delete(roomId);
  }

  /** Judges every session in the room again; one failing recheck does not stop the others. */
  async recheck(roomId: string): Promise<void> {
    await Promise.allSettled([...(this.byRoom.get(roomId) ?? [])].map((s) => s.recheck()));
  }
}
