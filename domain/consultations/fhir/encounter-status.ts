import type { ConsultationEventKind } from '../../../db/schema';
import type { ConsultationRecord } from '../types';
import { period, type Json } from './json';

type EncounterStatus = 'planned' | 'arrived' | 'in-progress' | 'onleave' | 'finished';

/**
 * The consultation's status in R4's words; the switch is exhaustive, so a new status fails to
 * compile here. R4 has no "on hold": a call that has begun and sent the patient back to the waiting
 * area for a while is `onleave` (begun, patient temporarily away); someone waiting who has not been
 * seen yet is `arrived`; nobody there yet is `planned`.
 */
export function encounterStatus(record: ConsultationRecord): EncounterStatus {
  switch (record.consultation.status) {
    case 'in_progress':
      return 'in-progress';
    case 'on_hold':
      return 'onleave';
    case 'ended':
      return 'finished';
    case 'waiting':
    case 'transferred':
      return record.timeline.some((e) => e.kind === 'arrived') ? 'arrived' : 'planned';
  }
}

const STATUS_AFTER: Partial<Record<ConsultationEventKind, EncounterStatus>> = {
  arrived: 'arrived',
  admitted: 'in-progress',
  held: 'onleave',
  transferred: 'arrived',
  ended: 'finished',
};

/** Each change of status, from the timeline, with the time it lasted until the next: how the call went. */
export function statusHistory(record: ConsultationRecord): Json[] {
  const changes = record.timeline.filter((e) => STATUS_AFTER[e.kind]);
  return changes.map((e, i) => ({ status: STATUS_AFTER[e.kind], period: period(e.at, changes[i + 1]?.at ?? null) }));
}
