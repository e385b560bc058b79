import { randomBytes } from 'node:crypto';
import { ProtocolError } from './protocol-error';

/** What a resume token hands over: a place in a room, held by one identity. */
export interface Resumable {
  readonly identityId: string;
  /** The grace period ran out with nobody claiming the place: the person leaves the room for good. */
  expire(): void;
}

/**
 * Who may take over which place in a room after a dropped socket. Kept in the process that holds
 * the rooms (a place is its live transports); a deployment of several nodes routes a resume to the
 * node named in the token, so this stays one process's book.
 */
export interface ResumeBook<S extends Resumable = Resumable> {
  /** A fresh token for `session` (at join, and after each resume); the earlier one stops working. */
  issue(session: S): string;
  /** The socket dropped: the place waits `graceMs` for its token, then expires. */
  suspend(session: S, graceMs: number): void;
  /** Hands the place to `identityId`'s new socket, once; refused when expired, used or someone else's. */
  claim(token: string, identityId: string): S;
  /** The person left (or was taken out): nothing of theirs can be resumed. */
  forget(session: S): void;
}

/** This process's book: tokens in memory, one per place, with a timer for each suspended place. */
export class LocalResumeBook<S extends Resumable> implements ResumeBook<S> {
  private readonly byToken = new Map<string, S>();
  private readonly tokenOf = new Map<S, string>();
  private readonly timers = new Map<S, ReturnType<typeof setTimeout>>();

  issue(session: S): string {
    this.dropToken(session);
    const token = randomBytes(24).toString('base64url');
    this.byToken.set(token, session);
    this.tokenOf.set(session, token);
    return token;
  }

  suspend(session: S, graceMs: number): void {
    clearTimeout(this.timers.get(session));
    const timer = setTimeout(() => {
      this.forget(session);
      session.expire();
    }, graceMs);
    timer.unref?.();
    this.timers.set(session, timer);
  }

  claim(token: string, identityId: string): S {
    const session = this.byToken.get(token);
    if (!session) {
      throw new ProtocolError(
        'expired',
        'this call can no longer be resumed (its grace period ended, or it was resumed already): join again',
      );
    }
    if (session.identityId !== identityId) throw new ProtocolError('forbidden', 'that resume token is not yours');
    this.forget(session);
    return session;
  }

  forget(session: S): void {
    clearTimeout(this.timers.get(session));
    this.timers.delete(session);
    this.dropToken(session);
  }

  private dropToken(session: S): void {
    const old = this.tokenOf.get(session);
    if (old) this.byToken.delete(old);
    this.tokenOf.delete(session);
  }
}
