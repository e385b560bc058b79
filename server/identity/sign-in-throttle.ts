import { IdentityError } from './identity-error';

export interface SignInThrottleOptions {
  /** Failed sign-ins from one address within the window before it must wait. */
  limit?: number;
  windowMs?: number;
  /** How many addresses are remembered at most; the quietest are forgotten first. */
  maxAddresses?: number;
  now?: () => number;
}

/**
 * Failed sign-ins per network address, over a sliding window. Account lock-out stops guessing
 * one password; this stops one address trying a few passwords on many accounts. The limit is
 * generous because a care home or a hospital often reaches us through one shared address.
 */
export class SignInThrottle {
  readonly limit: number;
  readonly windowMs: number;
  private readonly maxAddresses: number;
  private readonly now: () => number;
  private readonly failures = new Map<string, number[]>();

  constructor(options: SignInThrottleOptions = {}) {
    this.limit = options.limit ?? 30;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.maxAddresses = options.maxAddresses ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Throws `throttled` while `address` has used up its failures. */
  check(address: string | null): void {
    const recent = this.recent(address);
    if (recent.length < this.limit) return;
    const minutes = Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.now()) / 60_000));
    throw new IdentityError(
      'throttled',
      `Too many failed sign-ins from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }

  recordFailure(address: string | null): void {
    const key = address ?? 'unknown';
    const recent = [...this.recent(address), this.now()];
    // Re-inserted so the map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > this.maxAddresses) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(address: string | null): number[] {
    const key = address ?? 'unknown';
    const since = this.now() - this.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}
