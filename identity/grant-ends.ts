import { EventEmitter } from 'node:events';

/** Something an access token rested on has ended: a sign-in, an account, an invite link or a consultation. */
export type GrantEnd =
  | { sessionId: string; why: 'signed_out' }
  | { userId: string; why: 'disabled' }
  | { inviteId: string; why: 'invite_revoked' }
  | { consultationId: string; why: 'consultation_ended' };

/**
 * Carries "a grant ended" to everything holding connections. Open sockets live in one process,
 * so the default implementation is in-process; a second node adds one over a shared bus
 * (PostgreSQL NOTIFY, NATS) without the callers changing.
 */
export interface GrantEndBus {
  publish(end: GrantEnd): void;
  subscribe(listener: (end: GrantEnd) => void): () => void;
}

/** The single-process bus: listeners run synchronously, in the order they subscribed. */
export class LocalGrantEndBus implements GrantEndBus {
  private readonly emitter = new EventEmitter<{ end: [GrantEnd] }>();

  publish(end: GrantEnd): void {
    this.emitter.emit('end', end);
  }

  subscribe(listener: (end: GrantEnd) => void): () => void {
    this.emitter.on('end', listener);
    return () => this.emitter.off('end', listener);
  }
}
