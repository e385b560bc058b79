import { RequestError, SignallingClient } from '../../../contracts/client/signalling-client';
import type { MethodName, RequestData, ResponseData } from '../../../contracts/protocol/methods';
import type { NotificationData, NotificationName } from '../../../contracts/protocol/notifications';

/**
 * One call's hold on a signalling connection. The connection may be the waiting area's and outlive
 * the call, so every listener the call adds goes through here and is removed in one go when the
 * call lets go; after that its requests fail rather than reach a room the person has left. A new
 * connection (a later reconnect) gets a new link.
 */
export class SignallingLink {
  private readonly offs: (() => void)[] = [];
  private released = false;

  private constructor(
    private readonly client: SignallingClient,
    private readonly owned: boolean,
  ) {}

  /** Uses a connection opened by someone else (the waiting area), which stays open after the call. */
  static borrow(client: SignallingClient): SignallingLink {
    return new SignallingLink(client, false);
  }

  /** Opens a connection of the call's own, closed when the call lets go of it. */
  static async open(url: string, token?: string): Promise<SignallingLink> {
    return new SignallingLink(await SignallingClient.connect(url, token), true);
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

  /** Removes the call's listeners and closes the connection if the call opened it. */
  release(): void {
    if (this.released) return;
    this.released = true;
    for (const off of this.offs.splice(0)) off();
    if (this.owned) this.client.close();
  }
}
