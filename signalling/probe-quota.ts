/**
 * How many pre-call probes may run at once: each holds a router and a transport on the SFU, so
 * one link must not be able to open dozens (one tab needs one; a second tab or a retry, two),
 * and the server as a whole keeps room for the calls themselves.
 */
export class ProbeQuota {
  private running = 0;
  private readonly byIdentity = new Map<string, number>();

  constructor(
    readonly perServer: number,
    readonly perIdentity = 2,
  ) {}

  /** A release function when a probe may start, else why not. */
  take(identityId: string): (() => void) | string {
    const mine = this.byIdentity.get(identityId) ?? 0;
    if (mine >= this.perIdentity) return `you already have ${mine} checks running; finish or close one first`;
    if (this.running >= this.perServer) return 'the server is running as many checks as it can; try again in a minute';
    this.running++;
    this.byIdentity.set(identityId, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const left = (this.byIdentity.get(identityId) ?? 1) - 1;
      if (left > 0) this.byIdentity.set(identityId, left);
      else this.byIdentity.delete(identityId);
    };
  }
}
