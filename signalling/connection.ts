import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { CloseCode } from '../contracts/protocol/close-codes';
import { RequestFrame, type ErrorBody, type ResponseFrame } from '../contracts/protocol/envelope';
import {
  isMethodName,
  Methods,
  type MethodName,
  type RequestData,
  type ResponseData,
} from '../contracts/protocol/methods';
import type { NotificationData, NotificationName } from '../contracts/protocol/notifications';
import { asProtocolError, type ProtocolError } from './protocol-error';
import { RateLimiter } from './rate-limiter';

export type Handler<M extends MethodName> = (data: RequestData<M>) => Promise<ResponseData<M>>;
/** Handlers for a group of methods; a connection is served by one or more such groups. */
export type MethodHandlers<K extends MethodName = MethodName> = { [M in K]: Handler<M> };

export interface ConnectionOptions {
  logger: Logger;
  /** Translates errors that are not Refusals (e.g. mediasoup's own) into protocol errors; undefined if unknown. */
  translateError?: (err: unknown) => ProtocolError | undefined;
  rateLimit?: { perSecond: number; burst: number };
  /**
   * Asked before every request: null while the sign-in behind this socket stands, else why not.
   * A socket is re-authorised per request, not just at the upgrade; a refusal closes it.
   */
  guard?: () => Promise<string | null>;
}

/**
 * One client's socket: parses and checks every frame, answers each request exactly once with
 * a typed result or error, and handles requests one at a time, in the order they came.
 */
export class Connection {
  private readonly limiter: RateLimiter;
  private queue: Promise<void> = Promise.resolve();
  private readonly handlers: Partial<MethodHandlers> = {};
  private flooded = false;

  constructor(
    readonly socket: WebSocket,
    private readonly opts: ConnectionOptions,
  ) {
    const { perSecond, burst } = opts.rateLimit ?? { perSecond: 50, burst: 100 };
    this.limiter = new RateLimiter(perSecond, burst);
    socket.on('message', (raw, isBinary) => this.onMessage(raw as Buffer, isBinary));
  }

  serve(handlers: Partial<MethodHandlers>): void {
    Object.assign(this.handlers, handlers);
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  notify<N extends NotificationName>(method: N, data: NotificationData<N>): void {
    if (this.open) this.socket.send(JSON.stringify({ type: 'notification', method, data }));
  }

  private respond(frame: ResponseFrame): void {
    if (this.open) this.socket.send(JSON.stringify(frame));
  }

  private fail(id: number | null, error: ErrorBody): void {
    this.respond({ type: 'response', id, ok: false, error });
  }

  private onMessage(raw: Buffer, isBinary: boolean): void {
    if (this.flooded) return;
    if (!this.limiter.take()) {
      // Once: frames already in flight keep arriving while the close handshake runs.
      this.flooded = true;
      this.opts.logger.warn('signalling flood: closing socket');
      this.socket.close(CloseCode.RateLimited, 'too many messages: slow down');
      return;
    }
    if (isBinary) return this.fail(null, { code: 'bad_request', message: 'frames must be JSON text' });
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      return this.fail(null, { code: 'bad_request', message: 'the frame is not valid JSON' });
    }
    const frame = RequestFrame.safeParse(json);
    if (!frame.success) {
      const id = typeof (json as { id?: unknown })?.id === 'number' ? (json as { id: number }).id : null;
      return this.fail(id, { code: 'bad_request', message: `not a request frame: ${z.prettifyError(frame.error)}` });
    }
    const { id, method, data } = frame.data;
    this.queue = this.queue.then(() => this.handle(id, method, data));
  }

  private async handle(id: number, method: string, data: unknown): Promise<void> {
    if (!isMethodName(method)) return this.fail(id, { code: 'unknown_method', message: `no method called ${method}` });
    const handler = this.handlers[method] as ((d: unknown) => Promise<unknown>) | undefined;
    if (!handler) return this.fail(id, { code: 'forbidden', message: `${method} is not available to this sign-in` });
    const ended = await this.opts.guard?.().catch((err: unknown) => {
      this.opts.logger.error({ err }, 'could not check the sign-in behind a socket');
      return 'your sign-in could not be checked';
    });
    if (ended) {
      this.fail(id, { code: 'forbidden', message: ended });
      this.socket.close(CloseCode.SessionEnded, ended.slice(0, 120));
      return;
    }
    const parsed = Methods[method].request.safeParse(data ?? {});
    if (!parsed.success) {
      return this.fail(id, { code: 'bad_request', message: `${method}: ${z.prettifyError(parsed.error)}` });
    }
    try {
      const result = await handler(parsed.data);
      this.respond({ type: 'response', id, ok: true, data: result });
    } catch (err) {
      const known = asProtocolError(err) ?? this.opts.translateError?.(err);
      if (known) return this.fail(id, { code: known.code, message: known.message });
      this.opts.logger.error({ err, method }, 'signalling request failed');
      this.fail(id, { code: 'internal', message: 'the server could not complete this request' });
    }
  }
}
