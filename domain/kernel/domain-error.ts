import { Refusal } from '../../contracts/refusal';

/** Why the consultation domain refused a request; HTTP and signalling answer it through REFUSALS. */
export type DomainErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'bad_request'
  | 'too_large'
  | 'unsupported_type'
  /** The service is outside its opening hours; the message says when it opens. */
  | 'closed';

export class DomainError extends Refusal<DomainErrorCode> {
  override name = 'DomainError';
}
