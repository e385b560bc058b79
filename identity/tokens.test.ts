import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jwt from 'jsonwebtoken';
import { TokenError, TokenService } from './tokens';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const tokens = new TokenService(SECRET);
const grant = { sub: 'u-1', role: 'clinician' as const, name: 'Dr Test', org: 'o-1', services: ['s-1'], sid: 'x' };
const invite = { jti: 'j-1', scope: { kind: 'consultation' as const, id: 'c-1' }, guest: 'patient' as const };

function refused(fn: () => unknown, code: TokenError['code'], message: RegExp): void {
  assert.throws(fn, (err: unknown) => err instanceof TokenError && err.code === code && message.test(err.message));
}

const forge = (payload: object, secret: string, options: jwt.SignOptions): string => jwt.sign(payload, secret, options);

describe('access and invite tokens', () => {
  it('round-trips an access grant with its organisation, services and session', () => {
    const claims = tokens.verifyAccess(tokens.issueAccess(grant));
    assert.deepEqual(
      { ...claims, jti: undefined, exp: undefined, iat: undefined },
      { ...grant, jti: undefined, exp: undefined, iat: undefined },
    );
    assert.equal(claims.exp - claims.iat, 15 * 60);
  });

  it('refuses an expired access token', () => {
    refused(() => tokens.verifyAccess(tokens.issueAccess(grant, -5)), 'expired', /access token has expired/);
  });

  it('refuses a token signed with another key', () => {
    const t = forge(grant, 'another-secret-another-secret-another', {
      algorithm: 'HS256',
      issuer: 'convene',
      audience: 'convene:access',
      expiresIn: 60,
    });
    refused(() => tokens.verifyAccess(t), 'invalid', /invalid signature/);
  });

  it('refuses alg:none, and HS512 with the right key (the algorithm is pinned)', () => {
    const none = forge(grant, '', { algorithm: 'none', issuer: 'convene', audience: 'convene:access', expiresIn: 60 });
    refused(() => tokens.verifyAccess(none), 'invalid', /not valid/);
    const hs512 = forge(grant, SECRET, {
      algorithm: 'HS512',
      issuer: 'convene',
      audience: 'convene:access',
      expiresIn: 60,
    });
    refused(() => tokens.verifyAccess(hs512), 'invalid', /invalid algorithm/);
  });

  it('refuses a wrong audience or issuer: an invite is not an access token, nor the reverse', () => {
    refused(
      () => tokens.verifyAccess(tokens.issueInvite(invite, new Date(Date.now() + 60_000))),
      'invalid',
      /audience invalid/,
    );
    refused(() => tokens.verifyInvite(tokens.issueAccess(grant)), 'invalid', /audience invalid/);
    const otherIssuer = forge(grant, SECRET, {
      algorithm: 'HS256',
      issuer: 'elsewhere',
      audience: 'convene:access',
      expiresIn: 60,
    });
    refused(() => tokens.verifyAccess(otherIssuer), 'invalid', /issuer invalid/);
  });

  it('refuses a validly signed token whose claims are not a Convene identity', () => {
    const t = forge({ sub: 'u', role: 'superuser', name: 'X', jti: '1' }, SECRET, {
      algorithm: 'HS256',
      issuer: 'convene',
      audience: 'convene:access',
      expiresIn: 60,
    });
    refused(() => tokens.verifyAccess(t), 'invalid', /does not carry a Convene identity/);
  });

  it('round-trips an invite, which expires at the time it was given', () => {
    const expires = new Date(Date.now() + 3600_000);
    const claims = tokens.verifyInvite(tokens.issueInvite(invite, expires));
    assert.deepEqual(claims.scope, invite.scope);
    assert.equal(claims.exp, Math.floor(expires.getTime() / 1000));
    refused(
      () => tokens.verifyInvite(tokens.issueInvite(invite, new Date(Date.now() - 1000))),
      'expired',
      /invite link has expired/,
    );
    refused(() => tokens.verifyInvite(undefined), 'missing', /no invite link/);
  });
});
