import { parseRoomId } from '../contracts/protocol/rooms';

/**
 * Notices a consultation's call left with no member of staff in its room (a clinician's browser
 * closed or lost its connection) and, after a grace period long enough for a reload to rejoin,
 * reports it so the guest goes back to the waiting area instead of sitting alone in a call nobody
 * will end. Counts this process's sessions; with several nodes each would report its own rooms.
 */
export class AbsentStaffWatch<A> {
  private readonly present = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly graceMs: number,
    private readonly onAbsent: (consultationId: string, lastToLeave: A) => void,
  ) {}

  /** A member of staff's session entered the room. */
  joined(roomId: string): void {
    this.present.set(roomId, (this.present.get(roomId) ?? 0) + 1);
    clearTimeout(this.timers.get(roomId));
    this.timers.delete(roomId);
  }

  /** A member of staff's session left the room (or its socket closed). */
  left(roomId: string, who: A): void {
    const remaining = (this.present.get(roomId) ?? 1) - 1;
    if (remaining > 0) return void this.present.set(roomId, remaining);
    this.present.delete(roomId);
    const ref = parseRoomId(roomId);
    if (ref?.kind !== 'consultation') return;
    clearTimeout(this.timers.get(roomId));
    const timer = setTimeout(() => {
      this.timers.delete(roomId);
      if (!this.present.has(roomId)) this.onAbsent(ref.id, who);
    }, this.graceMs);
    timer.unref();
    this.timers.set(roomId, timer);
  }

  /** Stops every pending timer (the server is shutting down). */
  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
