import { CloseCode } from '../protocol/close-codes';

/** Where a connection stands: open, being tried again after a drop, or over for good. */
export type ConnectionStatus = 'connected' | 'reconnecting' | 'closed';

/** How a dropped connection is tried again: the first wait, the longest, and how many tries. */
export interface ReconnectPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

/**
 * A staff page is kept open through a shift, so it keeps trying (about an hour at the cap); a
 * server restart is back within seconds, and the first tries come quickly for it.
 */
export const STAFF_RECONNECT: ReconnectPolicy = { firstDelayMs: 250, maxDelayMs: 5_000, maxAttempts: 720 };

/**
 * A call's own connection (a guest's, the pre-call page's): quick tries for as long as the server
 * keeps a dropped call's place (20 s by default), then a few slower ones for a full rejoin.
 */
export const CALL_RECONNECT: ReconnectPolicy = { firstDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 40 };

/**
 * The wait before try `attempt` (0-based): exponential, capped, with "full jitter" so a hundred
 * pages dropped by one restart do not all knock again in the same instant.
 */
export function reconnectDelay(policy: ReconnectPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** attempt);
  return Math.round(policy.firstDelayMs / 2 + random() * (ceiling - policy.firstDelayMs / 2));
}

// Trying again cannot mend these: the sign-in or the client, not the network, is what failed.
const FINAL_CODES: ReadonlySet<number> = new Set([
  CloseCode.Unauthenticated,
  CloseCode.SessionEnded,
  CloseCode.Forbidden,
  CloseCode.UnsupportedProtocol,
]);

/** Whether a socket closed with `code` is worth opening again. */
export const worthRetrying = (code: number): boolean => !FINAL_CODES.has(code);
