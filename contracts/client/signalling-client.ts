import { ServerFrame, type ErrorCode } from '../protocol/envelope';
import type { MethodName, RequestData, ResponseData } from '../protocol/methods';
import type { NotificationData, NotificationName } from '../protocol/notifications';
import { SUBPROTOCOL } from '../protocol/version';

/** A request the server answered with an error; `code` says which kind. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode | 'disconnected' | 'timeout',
    message: string,
  ) {
    super(message);
  }
}

type Listener = (data: never) => void;
type WebSocketCtor = new (url: string, protocols?: string | string[]) => WebSocket;

/**
 * The browser's (and tests') end of the signalling protocol: typed requests answered by id,
 * typed notifications. Works with the browser's WebSocket and with the `ws` package's.
 */
export class SignallingClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private closeHandlers = new Set<(code: number, reason: string) => void>();

  private constructor(
    private readonly socket: WebSocket,
    readonly welcome: NotificationData<'welcome'>,
  ) {
    socket.addEventListener('message', (e) => this.onFrame(String(e.data)));
    socket.addEventListener('close', (e) => {
      for (const p of this.pending.values())
        p.reject(new RequestError('disconnected', `connection closed: ${e.reason || e.code}`));
      this.pending.clear();
      for (const h of this.closeHandlers) h(e.code, e.reason);
    });
  }

  /** Opens the socket and resolves once the server has greeted it; rejects with the close reason. */
  static connect(url: string, token?: string, Impl: WebSocketCtor = WebSocket): Promise<SignallingClient> {
    const u = new URL(url);
    // Without a token the browser's session cookie (same origin) authenticates the socket.
    if (token) u.searchParams.set('access_token', token);
    const socket = new Impl(u.toString(), SUBPROTOCOL);
    return new Promise((resolve, reject) => {
      const onClose = (e: CloseEvent): void =>
        reject(new RequestError('disconnected', `${e.code}: ${e.reason || 'connection failed'}`));
      socket.addEventListener('close', onClose, { once: true });
      socket.addEventListener(
        'message',
        (e) => {
          const frame = ServerFrame.safeParse(JSON.parse(String(e.data)));
          socket.removeEventListener('close', onClose);
          if (frame.success && frame.data.type === 'notification' && frame.data.method === 'welcome') {
            resolve(new SignallingClient(socket, frame.data.data as NotificationData<'welcome'>));
          } else {
            socket.close();
            reject(new RequestError('bad_request', 'the server did not greet this client'));
          }
        },
        { once: true },
      );
    });
  }

  request<M extends MethodName>(method: M, data: RequestData<M>, timeoutMs = 15_000): Promise<ResponseData<M>> {
    const id = this.nextId++;
    return new Promise<ResponseData<M>>((resolve, reject) => {
      if (this.socket.readyState !== this.socket.OPEN) return reject(new RequestError('disconnected', 'not connected'));
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestError('timeout', `${method} got no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as ResponseData<M>);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
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

  onClose(handler: (code: number, reason: string) => void): () => void {
    this.closeHandlers.add(handler);
    return () => this.closeHandlers.delete(handler);
  }

  close(): void {
    this.socket.close(1000, 'left');
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
