import { ServerFrame } from '../protocol/envelope';
import type { MethodName, RequestData, ResponseData } from '../protocol/methods';
import type { NotificationData, NotificationName } from '../protocol/notifications';
import { SUBPROTOCOL } from '../protocol/version';
import { reconnectDelay, worthRetrying, type ConnectionStatus, type ReconnectPolicy } from './reconnect';
import { openSocket, type WebSocketCtor } from './open-socket';
import { RequestError } from './request-error';

// Callers name one module for the client and its errors.
export { RequestError } from './request-error';

type Listener = (data: never) => void;

/**
 * The browser's (and tests') end of the signalling protocol: typed requests answered by id,
 * typed notifications. Works with the browser's WebSocket and with the `ws` package's. With a
 * reconnect policy a dropped socket is opened again by itself; listeners stay, and `onReconnect`
 * handlers restore what the old socket was following (the server forgets it with the socket).
 */
export class SignallingClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closeHandlers = new Set<(code: number, reason: string) => void>();
  private readonly reconnectHandlers = new Set<() => void>();
  private readonly statusHandlers = new Set<(status: ConnectionStatus) => void>();
  private closedByUs = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  status: ConnectionStatus = 'connected';

  private constructor(
    private socket: WebSocket,
    /** The server's greeting on the current socket (a reconnect brings a new one). */
    public welcome: NotificationData<'welcome'>,
    private readonly reopen?: { url: string; Impl: WebSocketCtor; policy: ReconnectPolicy },
  ) {
    this.attach(socket);
  }

  /** Opens the socket and resolves once the server has greeted it; rejects with the close reason. */
  static async connect(
    url: string,
    token?: string,
    Impl: WebSocketCtor = WebSocket,
    reconnect?: ReconnectPolicy,
  ): Promise<SignallingClient> {
    const u = new URL(url);
    // Without a token the browser's session cookie (same origin) authenticates the socket.
    if (token) u.searchParams.set('access_token', token);
    const { socket, welcome } = await openSocket(u.toString(), SUBPROTOCOL, Impl);
    return new SignallingClient(socket, welcome, reconnect && { url: u.toString(), Impl, policy: reconnect });
  }

  request<M extends MethodName>(method: M, data: RequestData<M>, timeoutMs = 15_000): Promise<ResponseData<M>> {
    const id = this.nextId++;
    return new Promise<ResponseData<M>>((resolve, reject) => {
      if (this.socket.readyState !== this.socket.OPEN) return reject(new RequestError('disconnected', 'not connected'));
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestError('timeout', `${method} got no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (f: () => void) => (clearTimeout(timer), f());
      this.pending.set(id, {
        resolve: (v) => settle(() => resolve(v as ResponseData<M>)),
        reject: (e) => settle(() => reject(e)),
      });
      this.socket.send(JSON.stringify({ type: 'request', id, method, data }));
    });
  }

  on<N extends NotificationName>(method: N, listener: (data: NotificationData<N>) => void): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  /** Each time a socket closes: what was on it (a call's media, followed rooms) is gone on the server. */
  onClose(handler: (code: number, reason: string) => void): () => void {
    this.closeHandlers.add(handler);
    return () => this.closeHandlers.delete(handler);
  }

  /** After a dropped connection is open again, before anything else is heard on it. */
  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  onStatus(handler: (status: ConnectionStatus) => void): () => void {
    this.statusHandlers.add(handler);
    return () => this.statusHandlers.delete(handler);
  }

  close(): void {
    this.closedByUs = true;
    clearTimeout(this.retryTimer);
    this.setStatus('closed');
    this.socket.close(1000, 'left');
  }

  private attach(socket: WebSocket): void {
    socket.addEventListener('message', (e) => this.onFrame(String(e.data)));
    socket.addEventListener('close', (e) => {
      for (const p of this.pending.values())
        p.reject(new RequestError('disconnected', `connection closed: ${e.reason || e.code}`, e.code));
      this.pending.clear();
      // The status first, so a close handler can tell a drop being mended from the end.
      const retrying = Boolean(this.reopen) && !this.closedByUs && worthRetrying(e.code);
      this.setStatus(retrying ? 'reconnecting' : 'closed');
      for (const h of this.closeHandlers) h(e.code, e.reason);
      if (retrying) this.retry(0);
    });
  }

  private retry(attempt: number): void {
    const reopen = this.reopen!;
    if (attempt >= reopen.policy.maxAttempts) return this.setStatus('closed');
    this.setStatus('reconnecting');
    this.retryTimer = setTimeout(
      async () => {
        try {
          const { socket, welcome } = await openSocket(reopen.url, SUBPROTOCOL, reopen.Impl);
          if (this.closedByUs) return socket.close(1000, 'left');
          [this.socket, this.welcome] = [socket, welcome];
          this.attach(socket);
          for (const h of this.reconnectHandlers) h();
          this.setStatus('connected');
        } catch (err) {
          const code = err instanceof RequestError ? err.closeCode : undefined;
          if (this.closedByUs || (code !== undefined && !worthRetrying(code))) return this.setStatus('closed');
          this.retry(attempt + 1);
        }
      },
      reconnectDelay(reopen.policy, attempt),
    );
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const h of this.statusHandlers) h(status);
  }

  private onFrame(text: string): void {
    const parsed = ServerFrame.safeParse(JSON.parse(text));
    if (!parsed.success) return;
    const frame = parsed.data;
    if (frame.type === 'notification') {
      for (const l of this.listeners.get(frame.method) ?? []) (l as (d: unknown) => void)(frame.data);
      return;
    }
    const p = frame.id === null ? undefined : this.pending.get(frame.id);
    if (!p) return;
    this.pending.delete(frame.id!);
    if (frame.ok) p.resolve(frame.data);
    else p.reject(new RequestError(frame.error.code, frame.error.message));
  }
}
