import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

/** Only this algorithm is ever accepted: a token claiming another (or `none`) is refused. */
const ALGORITHM = 'HS256' as const;
const ISSUER = 'convene';
const AUDIENCE = 'convene:access';

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
  /** Rooms this identity may join; absent means none. */
  rooms: z.array(z.string()).optional(),
  sid: z.string().optional(),
  jti: z.string(),
  exp: z.number(),
  iat: z.number(),
});
export type AccessClaims = z.infer<typeof AccessClaimsSchema>;
export type AccessGrant = Omit<AccessClaims, 'jti' | 'exp' | 'iat'>;

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
  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('The JWT secret must be at least 32 characters');
  }

  issueAccess(grant: AccessGrant, ttlSeconds = 15 * 60): string {
    return jwt.sign({ ...grant, jti: randomUUID() }, this.secret, {
      algorithm: ALGORITHM,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: ttlSeconds,
    });
  }

  verifyAccess(token: string | undefined | null): AccessClaims {
    if (!token) throw new TokenError('missing', 'no access token was presented');
    let payload: unknown;
    try {
      payload = jwt.verify(token, this.secret, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw new TokenError('expired', 'the access token has expired');
      throw new TokenError('invalid', `the access token is not valid (${(err as Error).message})`);
    }
    const claims = AccessClaimsSchema.safeParse(payload);
    if (!claims.success) throw new TokenError('invalid', 'the access token does not carry a Convene identity');
    return claims.data;
  }
}
