import type { QueueEntry } from '../../../../contracts/protocol/methods/consultation';

/** What a clinician can do to someone in a queue, as the dashboard carries it out. */
export interface QueueActions {
  admit(entry: QueueEntry): void;
  message(entry: QueueEntry, text: string): void;
  transfer(entry: QueueEntry, toServiceId: string): void;
  /** Also ends a call in progress, which is named the same way. */
  end(entry: Pick<QueueEntry, 'consultationId' | 'displayName'>): void;
}
