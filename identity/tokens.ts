import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { GUEST_KINDS, INVITE_SCOPES } from '../db/schema';

/** Only this algorithm is ever accepted: a token claiming another (or `none`) is refused. */
const ALGORITHM = 'HS256' as const;
const ISSUER = 'convene';
const AUDIENCE = 'convene:access';
/** Invite links are signed with the same key but for another audience, so neither passes for the other. */
const INVITE_AUDIENCE = 'convene:invite';

export const ROLES = [
  'clinician',
  'nurse',
  'coordinator',
  'admin',
  'care_home_staff',
  'prison_staff',
  'guest',
] as const;
export type Role = (typeof ROLES)[number];

const AccessClaimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(ROLES),
  name: z.string().min(1).max(200),
  /** Development tokens only: the practice (`dev-`) rooms this identity may join. */
  rooms: z.array(z.string()).optional(),
  sid: z.string().optional(),
  /** Staff: their organisation and the services they belong to, as at sign-in or the last refresh. */
  org: z.string().optional(),
  services: z.array(z.string()).optional(),
  /** Guests: what their invite was for, and who they are to the patient. */
  scope: z.object({ kind: z.enum(INVITE_SCOPES), id: z.string() }).optional(),
  guest: z.enum(GUEST_KINDS).optional(),
  /** Guests: the invite redeemed, so that revoking it ends the access it gave. */
  inv: z.string().optional(),
  jti: z.string(),
  exp: z.number(),
  iat: z.number(),
});
export type AccessClaims = z.infer<typeof AccessClaimsSchema>;
export type AccessGrant = Omit<AccessClaims, 'jti' | 'exp' | 'iat'>;

const InviteClaimsSchema = z.object({
  jti: z.string().min(1),
  scope: z.object({ kind: z.enum(INVITE_SCOPES), id: z.string() }),
  guest: z.enum(GUEST_KINDS),
  exp: z.number(),
  iat: z.number(),
});
export type InviteClaims = z.infer<typeof InviteClaimsSchema>;

export type TokenErrorCode = 'missing' | 'expired' | 'invalid';

export class TokenError extends Error {
  override name = 'TokenError';
  constructor(
    readonly code: TokenErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export class TokenService {
  constructor(
    private readonly secret: string,
    /** The time tokens are issued and checked at; tests move it, the service never does. */
    private readonly now: () => Date = () => new Date(),
  ) {
    if (secret.length < 32) throw new Error('The JWT secret must be at least 32 characters');
  }

  issueAccess(grant: AccessGrant, ttlSeconds = 15 * 60): string {
    return jwt.sign({ ...grant, jti: randomUUID(), iat: this.seconds() }, this.secret, {
      algorithm: ALGORITHM,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: ttlSeconds,
    });
  }

  verifyAccess(token: string | undefined | null): AccessClaims {
    const payload = this.verify(token, AUDIENCE, 'access token');
    const claims = AccessClaimsSchema.safeParse(payload);
    if (!claims.success) throw new TokenError('invalid', 'the access token does not carry a Convene identity');
    return claims.data;
  }

  /** Signs an invite link's token; the database row with the same jti decides whether it still works. */
  issueInvite(invite: Omit<InviteClaims, 'exp' | 'iat'>, expiresAt: Date): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    const claims = { ...invite, exp, iat: this.seconds() };
    return jwt.sign(claims, this.secret, { algorithm: ALGORITHM, issuer: ISSUER, audience: INVITE_AUDIENCE });
  }

  verifyInvite(token: string | undefined | null): InviteClaims {
    const payload = this.verify(token, INVITE_AUDIENCE, 'invite link');
    const claims = InviteClaimsSchema.safeParse(payload);
    if (!claims.success) throw new TokenError('invalid', 'the invite link does not carry a Convene invite');
    return claims.data;
  }

  private seconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  private verify(token: string | undefined | null, audience: string, what: string): unknown {
    if (!token) throw new TokenError('missing', `no ${what} was presented`);
    try {
      const clockTimestamp = this.seconds();
      return jwt.verify(token, this.secret, { algorithms: [ALGORITHM], issuer: ISSUER, audience, clockTimestamp });
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw new TokenError('expired', `the ${what} has expired`);
      throw new TokenError('invalid', `the ${what} is not valid (${(err as Error).message})`);
    }
  }
}
