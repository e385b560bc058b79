import { randomBytes } from 'node:crypto';

/**
 * A first or reset password, made here so that no admin chooses (or reuses) one: 120 random bits
 * in 20 URL-safe characters, shown once to the admin to pass on, and stored only as its hash.
 */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
