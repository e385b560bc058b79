import { RequestError, type SignallingClient } from '../../../contracts/client/signalling-client';
import type { MethodName, RequestData, ResponseData } from '../../../contracts/protocol/methods';
import type { NotificationData, NotificationName } from '../../../contracts/protocol/notifications';

/**
 * One call's hold on a signalling connection. The connection may be the waiting area's and outlive
 * the call, so every listener the call adds goes through here and is removed in one go when the
 * call lets go; after that its requests fail rather than reach a room the person has left. Each
 * attempt at the room (the first join, a rejoin after the media server failed) gets a new link.
 */
export class SignallingLink {
  private readonly offs: (() => void)[] = [];
  private released = false;

  private constructor(private readonly client: SignallingClient) {}

  /** Uses a connection opened by someone else (the waiting area), or the call's own, which the call closes. */
  static borrow(client: SignallingClient): SignallingLink {
    return new SignallingLink(client);
  }

  /** Whether a socket that just closed is being opened again (the call waits) or is gone (it ends). */
  get reconnecting(): boolean {
    return this.client.status === 'reconnecting';
  }

  request<M extends MethodName>(method: M, data: RequestData<M>): Promise<ResponseData<M>> {
    if (this.released) return Promise.reject(new RequestError('disconnected', 'no longer in the call'));
    return this.client.request(method, data);
  }

  on<N extends NotificationName>(method: N, listener: (data: NotificationData<N>) => void): void {
    if (!this.released) this.offs.push(this.client.on(method, listener));
  }

  onClose(handler: (code: number, reason: string) => void): void {
    if (!this.released) this.offs.push(this.client.onClose(handler));
  }

  /** The dropped connection is open again: what the call held on the server waits to be resumed. */
  onReconnect(handler: () => void): void {
    if (!this.released) this.offs.push(this.client.onReconnect(handler));
  }

  /** Removes the call's listeners; the connection itself is its opener's to close. */
  release(): void {
    if (this.released) return;
    this.released = true;
    for (const off of this.offs.splice(0)) off();
  }
}
