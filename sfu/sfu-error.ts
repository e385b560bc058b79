/** A refusal the caller caused: an unknown id, or a step taken out of order. */
export class SfuError extends Error {
  override name = 'SfuError';
  constructor(
    readonly code: 'not_found' | 'out_of_order' | 'bad_request',
    message: string,
  ) {
    super(message);
  }
}
