import { z } from 'zod';
import { OpeningHoursSchema } from '../../db/records/organisations';
import type { OpeningHours } from '../../db/schema';
import { DomainError } from '../kernel/domain-error';

/**
 * Opening hours as the admin typed them, checked against the rules the records keep (valid time
 * zone, "HH:MM" ranges that end after they start): bad_request with the reasons, not a crash.
 */
export function checkedOpeningHours(hours: unknown): OpeningHours {
  const parsed = OpeningHoursSchema.safeParse(hours ?? { always: true });
  if (!parsed.success) throw new DomainError('bad_request', `opening hours: ${z.prettifyError(parsed.error)}`);
  return parsed.data as OpeningHours;
}
