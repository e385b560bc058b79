import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from '../contracts/protocol/close-codes';
import { SUBPROTOCOL } from '../contracts/protocol/version';
import { tokenFromRequest } from './token-from-request';

export interface Authenticated<I> {
  identity: I;
}

export interface SignallingServerOptions<I> {
  path: string;
  logger: Logger;
  /** Largest frame accepted; a bigger one closes the socket with 1009. */
  maxPayloadBytes?: number;
  /** Returns the identity for a token or throws an Error whose message is safe to show. */
  authenticate(token: string | undefined): I | Promise<I>;
  /** Whether a page from this Origin may open a socket (undefined: not a browser). */
  originAllowed(origin: string | undefined): boolean;
  onConnection(socket: WebSocket, identity: I, req: IncomingMessage): void;
}

const STATUS_TEXT = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' } as const;

/** An upgrade refused before any WebSocket exists: a plain HTTP answer, then the socket is closed. */
export function refuseUpgrade(socket: Duplex, status: keyof typeof STATUS_TEXT, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

/**
 * Accepts WebSocket upgrades on one path. Authentication happens after the upgrade so the
 * client gets a close code and a reason it can show, which a refused HTTP upgrade cannot give.
 */
export class SignallingServer<I> {
  private readonly wss: WebSocketServer;

  constructor(private readonly opts: SignallingServerOptions<I>) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: opts.maxPayloadBytes ?? 64 * 1024,
      // Complete the handshake even for an unknown version, so the client is told why with a close code.
      handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : ([...offered][0] ?? false)),
    });
  }

  get path(): string {
    return this.opts.path;
  }

  /**
   * Refused before the handshake when the page asking is from another origin: SameSite cookies
   * do not stop a page on another port of this host, or a sibling subdomain, from using them.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!this.opts.originAllowed(req.headers.origin)) {
      this.opts.logger.info({ origin: req.headers.origin, ip: req.socket.remoteAddress }, 'signalling origin refused');
      return refuseUpgrade(socket, 403, 'this page may not open Convene connections');
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.accept(ws, req));
  }

  /** Clients wait for the welcome notification before sending: nothing is read until then. */
  private async accept(ws: WebSocket, req: IncomingMessage): Promise<void> {
    // ws reports protocol violations (e.g. an oversized frame) as errors and closes the socket
    // itself with the matching code; without a listener they would crash the process.
    ws.on('error', (err) =>
      this.opts.logger.info({ err: err.message, ip: req.socket.remoteAddress }, 'signalling socket error'),
    );
    if (ws.protocol !== SUBPROTOCOL) {
      ws.close(CloseCode.UnsupportedProtocol, `this server speaks ${SUBPROTOCOL}`);
      return;
    }
    let identity: I;
    try {
      identity = await this.opts.authenticate(tokenFromRequest(req));
    } catch (err) {
      const reason = `unauthenticated: ${(err as Error).message}`.slice(0, 120);
      this.opts.logger.info({ ip: req.socket.remoteAddress, reason }, 'signalling connection refused');
      ws.close(CloseCode.Unauthenticated, reason);
      return;
    }
    this.opts.onConnection(ws, identity, req);
  }

  get clientCount(): number {
    return this.wss.clients.size;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.close(CloseCode.GoingAway, 'server shutting down');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
