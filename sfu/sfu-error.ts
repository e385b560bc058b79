import { Refusal } from '../contracts/refusal';

/** A refusal the caller caused: an unknown id, or a step taken out of order. */
export class SfuError extends Refusal<'not_found' | 'out_of_order' | 'bad_request'> {
  override name = 'SfuError';
}
