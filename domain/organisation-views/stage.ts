import type { CallStage } from '../../contracts/http/organisation-views';
import type { ConsultationStatus } from '../../db/schema';

/** What is known of a call when telling a care home or prison where it stands. */
export interface StageFacts {
  status: ConsultationStatus | null;
  /** Whether the call is a booked appointment rather than a request for a call now. */
  booked: boolean;
  waitingSince: Date | null;
  cancelledAt?: Date | null | undefined;
}

/**
 * Where a call stands. A booked call's consultation is "waiting" from the day it is booked, though
 * nobody has arrived: until someone is waiting (waiting_since) it is only booked. A request for a
 * call now waits for the hub from the moment it is made.
 */
export function callStage(f: StageFacts): CallStage {
  if (f.cancelledAt) return 'cancelled';
  if (!f.status || (f.booked && f.status === 'waiting' && !f.waitingSince)) return 'booked';
  return f.status;
}
