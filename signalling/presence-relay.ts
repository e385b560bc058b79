import type { Actor } from './consultation-session';
import type { Connection } from './connection';
import type { PresenceBoard } from './presence';

/** What the relay needs of the staff directory: whom `actor` may see, by the directory's own rule. */
export interface ColleagueDirectory {
  directory(actor: Actor): Promise<{ userId: string }[]>;
}

interface Watcher {
  connection: Connection;
  actor: Actor;
}

/**
 * Carries presence from the board to staff sockets. Each change is sent only to those whose own
 * directory lists that colleague (the same services, asked afresh with the watcher's rights), so
 * nobody learns when staff of a service they do not work are signed in. What is sent is the state
 * at sending time, so answers that come back out of order still end on the latest.
 */
export class PresenceRelay {
  private readonly watchers = new Set<Watcher>();

  constructor(
    private readonly board: PresenceBoard,
    private readonly colleagues: ColleagueDirectory,
  ) {
    board.subscribe(({ userId }) => this.fanOut(userId));
  }

  /** A staff socket: its person counts as online while it is open, and it hears of their colleagues. */
  add(connection: Connection, actor: Actor): void {
    const watcher = { connection, actor };
    this.watchers.add(watcher);
    this.board.connected(actor.identity.id);
    connection.socket.once('close', () => {
      this.watchers.delete(watcher);
      this.board.disconnected(actor.identity.id);
    });
    void this.snapshot(watcher);
  }

  private async visible(w: Watcher): Promise<Set<string>> {
    // A directory that cannot be read tells nobody anything: refusing is the safe way to fail.
    const entries = await this.colleagues.directory(w.actor).catch(() => []);
    return new Set(entries.map((e) => e.userId));
  }

  /** On connecting: who of the watcher's colleagues is reachable right now (offline is the default). */
  private async snapshot(w: Watcher): Promise<void> {
    for (const userId of await this.visible(w)) {
      const presence = this.board.of(userId);
      if (presence !== 'offline') w.connection.notify('presence.changed', { userId, presence });
    }
  }

  private fanOut(userId: string): void {
    for (const w of this.watchers) {
      if (w.actor.identity.id === userId) continue;
      void this.visible(w).then((ids) => {
        if (ids.has(userId)) w.connection.notify('presence.changed', { userId, presence: this.board.of(userId) });
      });
    }
  }
}
