import type { Logger } from 'pino';
import type { Identity } from '../access/authorize';
import { parseRoomId } from '../contracts/protocol/rooms';
import type { Actor } from '../domain/kernel/context';
import type { MdtLive } from '../domain/mdt/live/mdt-live';
import type { Connection } from '../signalling/connection';
import { MdtFollowers } from '../signalling/mdt-followers';
import { MdtSession, wireField } from '../signalling/mdt-session';

/** What the socket wiring does for live MDT meetings: serve each staff socket, and note who is in each call. */
export interface MdtWiring {
  serve(connection: Connection, actor: Actor): void;
  joinedRoom(identity: Identity, roomId: string): void;
  leftRoom(identity: Identity, roomId: string): void;
}

/**
 * Live MDT meetings on the socket: the domain's announcements told to each meeting's followers, and
 * attendance taken from the meeting's own call (an MDT room joined or left), never typed.
 */
export function mdtWiring(live: MdtLive, logger: Logger): MdtWiring {
  const followers = new MdtFollowers();
  live.on('live', (state) => followers.tell(state.meetingId, 'mdt.live', state));
  live.on('outcomeChanged', ({ meetingId, caseId, field, state }) =>
    followers.tellOutcome(meetingId, 'mdt.outcome.changed', { meetingId, caseId, field, state: wireField(state) }),
  );
  live.on('outcomeState', (e) => followers.tellOutcome(e.meetingId, 'mdt.outcome.state', e));
  const meetingOf = (roomId: string) => {
    const ref = parseRoomId(roomId);
    return ref?.kind === 'mdt' ? ref.id : null;
  };
  const note = (what: string, done: Promise<void>) =>
    done.catch((err: unknown) => logger.warn({ err }, `could not record MDT attendance (${what})`));
  return {
    serve: (connection, actor) => void new MdtSession(connection, actor, live, followers),
    joinedRoom(identity, roomId) {
      const meetingId = meetingOf(roomId);
      if (meetingId) void note('joined', live.joined(identity, meetingId));
    },
    leftRoom(identity, roomId) {
      const meetingId = meetingOf(roomId);
      if (meetingId) void note('left', live.left(identity, meetingId));
    },
  };
}
