import {
  CARE_PLAN_INTENT,
  CNS_INVOLVED,
  DISCUSSION_STATUS,
  DISCUSSION_TYPE,
  MDT_TYPE,
  NO_TREATMENT_REASON,
  PERFORMANCE_STATUS,
  PLANNED_TREATMENT,
  SENT_TO,
  type OutcomeField,
} from '../../../contracts/mdt-outcome';
import { actionWords } from './action-items';
import type { ActionOwner } from './mdt-live-api';

/** How a field is filled in: a short choice as radios, a long one as a select, several as checkboxes. */
export type InputKind =
  | { kind: 'radios'; options: Record<string, string> }
  | { kind: 'select'; options: Record<string, string> }
  | { kind: 'checkboxes'; options: Record<string, string> }
  | { kind: 'date' }
  | { kind: 'textarea' }
  /** The agreed actions: a list, each added, changed or removed in a small form of its own. */
  | { kind: 'actions' };

/**
 * The form's input for each field it shows, from the contracts' value sets so the codes are the
 * ones the server checks.
 */
export const OUTCOME_INPUTS: Partial<Record<OutcomeField, InputKind>> = {
  discussionStatus: { kind: 'radios', options: DISCUSSION_STATUS },
  discussionType: { kind: 'select', options: DISCUSSION_TYPE },
  meetingDate: { kind: 'date' },
  mdtType: { kind: 'select', options: MDT_TYPE },
  carePlanIntent: { kind: 'radios', options: CARE_PLAN_INTENT },
  plannedTreatments: { kind: 'checkboxes', options: PLANNED_TREATMENT },
  noTreatmentReason: { kind: 'select', options: NO_TREATMENT_REASON },
  performanceStatus: { kind: 'select', options: PERFORMANCE_STATUS },
  cnsInvolved: { kind: 'radios', options: CNS_INVOLVED },
  recommendation: { kind: 'textarea' },
  actions: { kind: 'actions' },
  sentTo: { kind: 'checkboxes', options: SENT_TO },
};

/**
 * A value set's options in the order the contracts list them. JavaScript puts keys that look like
 * whole numbers ('9', '97') first whatever the order written, so they are put back at the end, where
 * the value sets keep their "other" and "not known" codes.
 */
export function optionsOf(options: Record<string, string>): [string, string][] {
  const wholeNumber = (code: string) => String(Number.parseInt(code, 10)) === code;
  const entries = Object.entries(options);
  return [...entries.filter(([c]) => !wholeNumber(c)), ...entries.filter(([c]) => wholeNumber(c))];
}

/** A value as words, for a clash message: the option's label, the text itself, or the actions and their owners. */
export function valueWords(input: InputKind, value: unknown, owners: ActionOwner[] = []): string {
  if (input.kind === 'actions') return actionWords(value, owners);
  if (value === null || value === undefined || value === '') return '(empty)';
  if (input.kind === 'textarea' || input.kind === 'date') return String(value);
  const codes = Array.isArray(value) ? (value as string[]) : [String(value)];
  return codes.map((c) => input.options[c] ?? c).join(', ') || '(none)';
}
