import type { ErrorCode } from './protocol/envelope';

/**
 * Every reason Convene refuses a request, and how HTTP and the signalling protocol answer each:
 * mapped once, here, so a refusal reads the same whichever way the request came in.
 */
export const REFUSALS = {
  bad_request: { http: 400, protocol: 'bad_request' },
  weak_password: { http: 400, protocol: 'bad_request' },
  too_large: { http: 413, protocol: 'bad_request' },
  unsupported_type: { http: 415, protocol: 'bad_request' },
  missing: { http: 401, protocol: 'forbidden' },
  invalid: { http: 401, protocol: 'forbidden' },
  expired: { http: 401, protocol: 'forbidden' },
  revoked: { http: 401, protocol: 'forbidden' },
  wrong_password: { http: 401, protocol: 'forbidden' },
  forbidden: { http: 403, protocol: 'forbidden' },
  disabled: { http: 403, protocol: 'forbidden' },
  outside_window: { http: 403, protocol: 'forbidden' },
  not_found: { http: 404, protocol: 'not_found' },
  conflict: { http: 409, protocol: 'out_of_order' },
  out_of_order: { http: 409, protocol: 'out_of_order' },
  used: { http: 409, protocol: 'out_of_order' },
  /** Valid, but not now: the service is outside its opening hours and the message says when it opens. */
  closed: { http: 409, protocol: 'out_of_order' },
  locked: { http: 423, protocol: 'forbidden' },
  throttled: { http: 429, protocol: 'forbidden' },
} as const satisfies Record<string, { http: number; protocol: ErrorCode }>;
export type RefusalCode = keyof typeof REFUSALS;

/**
 * A request refused for a reason the caller can act on, with a message safe to show them. Each
 * layer narrows the codes it uses (DomainError, IdentityError, SfuError); HTTP and signalling
 * answer any of them through REFUSALS, and anything else is an internal error.
 */
export class Refusal<C extends RefusalCode = RefusalCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status for a refusal. */
export const refusalStatus = (r: Refusal): number => REFUSALS[r.code as RefusalCode].http;
/** The protocol's error code for a refusal. */
export const refusalProtocolCode = (r: Refusal): ErrorCode => REFUSALS[r.code as RefusalCode].protocol;
