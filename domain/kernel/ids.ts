import { isUuid } from '../../contracts/ids';
import { DomainError } from './domain-error';

/** Ids come from URLs and sockets: anything not a uuid names nothing (and must not reach a uuid column). */
export function requireId(id: string, what: string): string {
  if (!isUuid(id)) throw new DomainError('not_found', `there is no such ${what}`);
  return id.toLowerCase();
}
