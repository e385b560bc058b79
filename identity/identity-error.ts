import { Refusal } from '../contracts/refusal';

/**
 * Why a sign-in, a session or an invite was refused. Messages are safe to show: a wrong username
 * and a wrong password read the same, so a refusal does not tell whether an account exists.
 */
export type IdentityErrorCode =
  | 'wrong_password'
  | 'locked'
  | 'disabled'
  | 'expired'
  | 'revoked'
  | 'used'
  | 'outside_window'
  /** A link to a waiting area, opened outside its opening hours. */
  | 'closed'
  | 'invalid'
  | 'missing'
  | 'not_found'
  | 'weak_password'
  /** Too many failed sign-ins from one address; the message says how long to wait. */
  | 'throttled';

export class IdentityError extends Refusal<IdentityErrorCode> {
  override name = 'IdentityError';
}
