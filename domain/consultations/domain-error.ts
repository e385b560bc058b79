/** Why the consultation domain refused a request; HTTP and signalling each map the code to their own. */
export type DomainErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'bad_request'
  | 'too_large'
  | 'unsupported_type'
  /** The service is outside its opening hours; the message says when it opens. */
  | 'closed';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
  }
}
