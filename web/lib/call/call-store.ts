import { initialCallState, type CallState, type RemotePeer } from './call-state';

/**
 * The one place every part of a call writes its state through, so React (useSyncExternalStore)
 * sees a single new immutable CallState per change, whichever part made it.
 */
export class CallStore {
  private state: CallState = initialCallState;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CallState => this.state;

  update(change: Partial<CallState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  /** Changes one remote person; the server names them by id, and may name one already gone. */
  updatePeer(peerId: string, change: (p: RemotePeer) => RemotePeer): void {
    this.update({ peers: this.state.peers.map((p) => (p.peerId === peerId ? change(p) : p)) });
  }
}
