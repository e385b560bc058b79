import type { ErrorCode } from '../protocol/envelope';

/** A request the server answered with an error; `code` says which kind. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode | 'disconnected' | 'timeout',
    message: string,
    /** For a connection that closed: the WebSocket close code it closed with. */
    readonly closeCode?: number,
  ) {
    super(message);
  }
}
