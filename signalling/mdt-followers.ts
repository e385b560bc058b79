import type { NotificationData, NotificationName } from '../contracts/protocol/notifications';
import type { Connection } from './connection';

/** What a follower hears: everything of the meeting, or (an external clinician) the panel's moves alone. */
export interface Hearing {
  outcomes: boolean;
}

/**
 * Who is following which MDT meeting on this process: the connections the domain let read it.
 * A deployment of several nodes gives each node its own, fed by a shared event bus.
 */
export class MdtFollowers {
  private readonly byMeeting = new Map<string, Map<Connection, Hearing>>();

  /** Starts telling `connection` of the meeting, until it unfollows or closes. */
  follow(meetingId: string, connection: Connection, hearing: Hearing = { outcomes: true }): void {
    const followers = this.byMeeting.get(meetingId) ?? new Map<Connection, Hearing>();
    if (!followers.has(connection)) connection.socket.once('close', () => this.unfollow(meetingId, connection));
    followers.set(connection, hearing);
    this.byMeeting.set(meetingId, followers);
  }

  unfollow(meetingId: string, connection: Connection): void {
    const followers = this.byMeeting.get(meetingId);
    followers?.delete(connection);
    if (followers?.size === 0) this.byMeeting.delete(meetingId);
  }

  /** Tells everyone following the meeting. */
  tell<N extends NotificationName>(meetingId: string, name: N, data: NotificationData<N>): void {
    for (const c of this.byMeeting.get(meetingId)?.keys() ?? []) c.notify(name, data);
  }

  /** Tells those following the meeting who may read its outcomes: an outcome typed or signed. */
  tellOutcome<N extends NotificationName>(meetingId: string, name: N, data: NotificationData<N>): void {
    for (const [c, hearing] of this.byMeeting.get(meetingId) ?? []) if (hearing.outcomes) c.notify(name, data);
  }
}
