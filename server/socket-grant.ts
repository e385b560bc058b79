import type { WebSocket } from 'ws';
import type { Connection, MethodHandlers } from '../signalling/connection';
import { CloseCode } from '../contracts/protocol/close-codes';
import type { SessionMethods } from '../contracts/protocol/methods/session';
import { ProtocolError } from '../signalling/protocol-error';
import type { GrantEnd } from '../identity/grant-ends';
import type { LiveGrants } from '../identity/live-grants';
import { TokenError, type AccessClaims, type TokenService } from '../identity/tokens';

/** Timers past this are not armed (setTimeout's limit is about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The sign-in one socket rests on, for as long as the socket is open: re-checked before every
 * request, closed when the token expires unless `session.refresh` brought a fresh one, and
 * closed at once when what it rests on ends (sign-out, account disabled, link withdrawn).
 */
export class SocketGrant {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: WebSocket,
    private current: AccessClaims,
    private readonly grants: LiveGrants,
    private readonly tokens: TokenService,
  ) {
    this.arm();
    socket.once('close', () => clearTimeout(this.timer));
  }

  get claims(): AccessClaims {
    return this.current;
  }

  get expiresAt(): Date {
    return new Date(this.current.exp * 1000);
  }

  /** For Connection's guard: null while the grant stands. */
  refusal(): Promise<string | null> {
    return this.grants.refusal(this.current);
  }

  /** Closes the socket if `end` is what this grant rests on. */
  endIfResting(end: GrantEnd): void {
    const c = this.current;
    const hit =
      ('sessionId' in end && end.sessionId === c.sid) ||
      ('userId' in end && end.userId === c.sub) ||
      ('inviteId' in end && end.inviteId === c.inv);
    if (!hit) return;
    const words = { signed_out: 'you have signed out', disabled: 'this account has been disabled' } as const;
    const reason = end.why in words ? words[end.why as keyof typeof words] : 'the link you joined by was withdrawn';
    this.socket.close(CloseCode.SessionEnded, reason);
  }

  serve(connection: Connection): void {
    const handlers: MethodHandlers<keyof typeof SessionMethods> = {
      'session.refresh': async ({ accessToken }) => {
        let next: AccessClaims;
        try {
          next = this.tokens.verifyAccess(accessToken);
        } catch (err) {
          throw new ProtocolError('bad_request', err instanceof TokenError ? err.message : 'not an access token');
        }
        // The same person on the same sign-in: a socket is never handed over to someone else.
        if (next.sub !== this.current.sub || next.sid !== this.current.sid || next.inv !== this.current.inv)
          throw new ProtocolError('forbidden', 'that token belongs to another sign-in');
        const refusal = await this.grants.refusal(next);
        if (refusal) throw new ProtocolError('forbidden', refusal);
        if (next.exp > this.current.exp) this.current = next;
        this.arm();
        return { expiresAt: this.expiresAt.toISOString() };
      },
    };
    connection.serve(handlers);
  }

  private arm(): void {
    clearTimeout(this.timer);
    const ms = this.current.exp * 1000 - Date.now();
    if (ms > MAX_TIMER_MS) return;
    this.timer = setTimeout(() => this.socket.close(CloseCode.Unauthenticated, 'your sign-in has expired'), ms);
    this.timer.unref();
  }
}
