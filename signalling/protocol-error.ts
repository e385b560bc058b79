import type { ErrorCode } from '../contracts/protocol/envelope';
import { Refusal, refusalProtocolCode } from '../contracts/refusal';

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

/** What to answer for a thrown value: a ProtocolError as it is, a Refusal by its mapped code, else undefined. */
export function asProtocolError(err: unknown): ProtocolError | undefined {
  if (err instanceof ProtocolError) return err;
  if (err instanceof Refusal) return new ProtocolError(refusalProtocolCode(err), err.message);
  return undefined;
}

/** What to answer when mediasoup refuses parameters: a bad request naming the field, not a server error. */
export function translateSfuError(err: unknown): ProtocolError | undefined {
  // mediasoup rejects malformed RTP/DTLS parameters with a TypeError naming the field, parameters
  // it cannot serve (a codec, a layer) with UnsupportedError, and out-of-range numbers with RangeError.
  if (err instanceof TypeError || err instanceof RangeError) return new ProtocolError('bad_request', err.message);
  if (err instanceof Error && err.name === 'UnsupportedError') return new ProtocolError('bad_request', err.message);
  return undefined;
}
