import type { ErrorCode } from '../contracts/protocol/envelope';

/** Thrown by a request handler to answer with a typed error; the connection stays open. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
