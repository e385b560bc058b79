import type { NotificationData, NotificationName } from '../contracts/protocol/notifications';
import type { Connection } from './connection';

/**
 * Who is following which MDT meeting on this process: the connections the domain let read it.
 * A deployment of several nodes gives each node its own, fed by a shared event bus.
 */
export class MdtFollowers {
  private readonly byMeeting = new Map<string, Set<Connection>>();

  /** Starts telling `connection` of the meeting, until it unfollows or closes. */
  follow(meetingId: string, connection: Connection): void {
    const set = this.byMeeting.get(meetingId) ?? new Set<Connection>();
    if (!set.has(connection)) connection.socket.once('close', () => this.unfollow(meetingId, connection));
    set.add(connection);
    this.byMeeting.set(meetingId, set);
  }

  unfollow(meetingId: string, connection: Connection): void {
    const set = this.byMeeting.get(meetingId);
    set?.delete(connection);
    if (set?.size === 0) this.byMeeting.delete(meetingId);
  }

  /** Tells everyone following the meeting. */
  tell<N extends NotificationName>(meetingId: string, name: N, data: NotificationData<N>): void {
    for (const c of this.byMeeting.get(meetingId) ?? []) c.notify(name, data);
  }
}
