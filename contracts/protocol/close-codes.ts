/**
 * WebSocket close codes Convene uses (4000–4999 is the range RFC 6455 leaves to applications).
 * The reason string sent with each explains it in plain words.
 */
export const CloseCode = {
  /** No token, or an expired, forged or otherwise invalid one. */
  Unauthenticated: 4401,
  /** What the token rested on ended: signed out, account disabled, invite link withdrawn. */
  SessionEnded: 4410,
  /** The identity is valid but may not hold this connection. */
  Forbidden: 4403,
  /** The client speaks a protocol version the server does not. */
  UnsupportedProtocol: 4426,
  /** Too many messages in too short a time. */
  RateLimited: 4429,
  /** A frame larger than the server accepts (RFC 6455's own code). */
  MessageTooBig: 1009,
  /** The server is shutting down. */
  GoingAway: 1001,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
