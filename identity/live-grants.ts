import type { Kysely } from 'kysely';
import { isUuid } from '../contracts/ids';
import type { Database } from '../db/schema';
import { LocalGrantEndBus, type GrantEnd, type GrantEndBus } from './grant-ends';
import type { AccessClaims } from './tokens';

export interface LiveGrantsOptions {
  bus?: GrantEndBus;
  /** How long a "still live" answer is reused; an end published on the bus clears it at once. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Whether what an access token rests on still stands, asked on every API request and every
 * signalling request: its expiry, a staff sign-in not revoked or expired and its account not
 * disabled, a guest's invite not withdrawn and their consultation not ended. Answers are cached
 * briefly so a busy call's media requests cost no queries; ends published on the bus (sign-out,
 * revoke) clear the cache, and the TTL bounds what another process (the admin CLI) changed.
 */
export class LiveGrants {
  readonly bus: GrantEndBus;
  private readonly cache = new Map<string, { reason: string | null; until: number }>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    options: LiveGrantsOptions = {},
  ) {
    this.bus = options.bus ?? new LocalGrantEndBus();
    this.ttlMs = options.ttlMs ?? 5_000;
    this.now = options.now ?? Date.now;
    this.bus.subscribe(() => this.cache.clear());
  }

  /** Null while the token's grant stands, else why not, in words fit to show. */
  async refusal(claims: AccessClaims): Promise<string | null> {
    const now = this.now();
    if (claims.exp * 1000 <= now) return 'your sign-in has expired';
    const key = claims.sid ? `session:${claims.sid}` : claims.inv ? `guest:${claims.sub}` : null;
    if (!key) return null;
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.reason;
    const reason = claims.sid ? await this.staffRefusal(claims.sid, now) : await this.guestRefusal(claims);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, { reason, until: now + this.ttlMs });
    return reason;
  }

  /** Tells every holder of connections (and every cache) that `end` happened. */
  ended(end: GrantEnd): void {
    this.bus.publish(end);
  }

  private async staffRefusal(sessionId: string, now: number): Promise<string | null> {
    if (!isUuid(sessionId)) return 'this sign-in is not valid';
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.revoked_at', 'sessions.expires_at', 'users.disabled_at'])
      .where('sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row || row.revoked_at) return 'this sign-in has ended; please sign in again';
    if (row.expires_at.getTime() <= now) return 'your sign-in has expired; please sign in again';
    return row.disabled_at ? 'this account has been disabled' : null;
  }

  private async guestRefusal(claims: AccessClaims): Promise<string | null> {
    if (!isUuid(claims.inv!)) return 'the link you joined by is not valid';
    const invite = await this.db
      .selectFrom('invites')
      .select('revoked_at')
      .where('jti', '=', claims.inv!)
      .executeTakeFirst();
    if (!invite || invite.revoked_at) return 'the link you joined by has been withdrawn';
    const ended = await this.db
      .selectFrom('consultations')
      .select('id')
      .where('status', '=', 'ended')
      .where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb.selectFrom('consultation_participants').select('consultation_id').where('guest_id', '=', claims.sub),
          ),
          ...(claims.scope?.kind === 'consultation' && isUuid(claims.scope.id) ? [eb('id', '=', claims.scope.id)] : []),
        ]),
      )
      .executeTakeFirst();
    return ended ? 'this consultation has ended' : null;
  }
}
