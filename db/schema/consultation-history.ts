import type { Generated, Selectable } from 'kysely';
import type { ConsultationEventKind, JsonObject } from '../../contracts/vocabulary';
import type { CreatedAt, Fixed, FixedAt, FixedJson } from './columns';

/**
 * What happened in a consultation, kept apart from the consultation's changing row: its timeline
 * and its chat are appended to and never rewritten, so the columns forbid updates.
 */

/** One step of a consultation's timeline. Rows are never updated. */
export interface ConsultationEventTable {
  id: Generated<number>;
  consultation_id: Fixed<string>;
  kind: Fixed<ConsultationEventKind>;
  actor_id: Fixed<string | null>;
  actor_role: Fixed<string | null>;
  actor_name: Fixed<string | null>;
  details: FixedJson<JsonObject>;
  at: FixedAt;
}

/** One chat message in a consultation; what was said is never edited. */
export interface ChatMessageTable {
  id: Generated<string>;
  consultation_id: string;
  participant_id: string;
  body: Fixed<string>;
  sent_at: CreatedAt;
}

/** A timeline step as read back, for the timeline view and exports. */
export type ConsultationEvent = Selectable<ConsultationEventTable>;
