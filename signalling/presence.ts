import { EventEmitter } from 'node:events';
import type { LivePresence } from '../contracts/protocol/notifications';

/** A colleague's presence moved: the state it is in now. */
export interface PresenceChange {
  userId: string;
  presence: LivePresence;
}

/**
 * Who of the staff is reachable, derived from what their connections are doing rather than stored:
 * a crash or a lost socket can then never leave someone shown "online" for ever. This process's
 * board knows this process's sockets; a deployment of several nodes adds one that sums them across
 * nodes (a shared table or bus) without the callers changing.
 */
export interface PresenceBoard {
  connected(userId: string): void;
  disconnected(userId: string): void;
  joinedRoom(userId: string): void;
  leftRoom(userId: string): void;
  of(userId: string): LivePresence;
  /** Hears every change of state (not every socket); returns the way to stop hearing it. */
  subscribe(listener: (change: PresenceChange) => void): () => void;
}

/** Counts per user of open sockets and media rooms joined, on this process only. */
export class LocalPresenceBoard implements PresenceBoard {
  private readonly counts = new Map<string, { sockets: number; rooms: number }>();
  private readonly emitter = new EventEmitter<{ change: [PresenceChange] }>();

  connected(userId: string): void {
    this.adjust(userId, 'sockets', 1);
  }

  disconnected(userId: string): void {
    this.adjust(userId, 'sockets', -1);
  }

  joinedRoom(userId: string): void {
    this.adjust(userId, 'rooms', 1);
  }

  leftRoom(userId: string): void {
    this.adjust(userId, 'rooms', -1);
  }

  of(userId: string): LivePresence {
    const c = this.counts.get(userId);
    if (!c) return 'offline';
    if (c.rooms > 0) return 'in_call';
    return c.sockets > 0 ? 'online' : 'offline';
  }

  subscribe(listener: (change: PresenceChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  private adjust(userId: string, what: 'sockets' | 'rooms', by: 1 | -1): void {
    const before = this.of(userId);
    const c = this.counts.get(userId) ?? { sockets: 0, rooms: 0 };
    c[what] = Math.max(0, c[what] + by);
    if (c.sockets === 0 && c.rooms === 0) this.counts.delete(userId);
    else this.counts.set(userId, c);
    const now = this.of(userId);
    if (now !== before) this.emitter.emit('change', { userId, presence: now });
  }
}
