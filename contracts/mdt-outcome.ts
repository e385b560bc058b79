import { z } from 'zod';
import { MDT_TYPES } from './mdt';
import {
  CARE_PLAN_INTENT,
  CNS_INVOLVED,
  codesOf,
  DISCUSSION_STATUS,
  DISCUSSION_TYPE,
  MDT_TYPE,
  NO_TREATMENT_REASON,
  PERFORMANCE_STATUS,
  PLANNED_TREATMENT,
  SENT_TO,
} from './mdt-outcome-codes';

// The value sets travel with the fields, so importers name one module.
export * from './mdt-outcome-codes';

/**
 * An MDT outcome's fields, each edited on its own (so two people on different fields never meet),
 * aligned with COSD's MDT and care-plan items. Every field may be empty while the form is a draft;
 * what a sign-off needs is `signOffProblems`. The cancer-only fields stay optional for a non-cancer MDT.
 */

/**
 * The staff roles an action may be given to: the team's clinical and coordinating members. The
 * owner picker offers these and the server checks the same list, so neither end has its own idea.
 */
export const ACTION_OWNER_ROLES = ['clinician', 'nurse', 'coordinator'] as const;

/** One agreed action: what, whose (a member of the MDT's service), by when; ticked off when done. */
export const ActionItem = z.object({
  id: z.string().min(1).max(64),
  what: z.string().trim().min(1, 'Say what is to be done').max(1000),
  ownerUserId: z.uuid(),
  due: z.iso.date(),
  done: z.boolean().default(false),
});
/** An action as parsed (`done` filled in). */
export type ActionItem = z.output<typeof ActionItem>;

const oneOf = <T extends Record<string, string>>(set: T) => z.enum(codesOf(set)).nullable();

/** Each field's value (null: not filled in). The COSD item each carries is in COSD_FIELDS. */
export const FIELD_VALUES = {
  discussionStatus: oneOf(DISCUSSION_STATUS), // CR8100
  discussionType: oneOf(DISCUSSION_TYPE), // CR8110
  meetingDate: z.iso.date().nullable(), // CR3080
  mdtType: oneOf(MDT_TYPE), // CR3190
  carePlanIntent: oneOf(CARE_PLAN_INTENT), // CR0460, cancer only
  plannedTreatments: z
    .array(z.enum(codesOf(PLANNED_TREATMENT)))
    .max(20)
    .nullable(), // CR0470, repeatable
  noTreatmentReason: oneOf(NO_TREATMENT_REASON), // CR0490, cancer only
  performanceStatus: oneOf(PERFORMANCE_STATUS), // CR0510
  cnsInvolved: oneOf(CNS_INVOLVED),
  recommendation: z.string().max(20_000).nullable(),
  actions: z.array(ActionItem).max(50).nullable(),
  sentTo: z
    .array(z.enum(codesOf(SENT_TO)))
    .max(3)
    .nullable(),
} as const;

/** The name of an outcome field: what the edit route's `:field` must be. */
export type OutcomeField = keyof typeof FIELD_VALUES;
/** Every field, in the order the form and the letter show them. */
export const OUTCOME_FIELDS = Object.keys(FIELD_VALUES) as OutcomeField[];
/** Every field's value, as a signed version holds them. */
export type OutcomeValues = { [F in OutcomeField]: z.output<(typeof FIELD_VALUES)[F]> };

/** Whether `name` is a field of the outcome (route parameters arrive as any string). */
export const isOutcomeField = (name: string): name is OutcomeField => Object.hasOwn(FIELD_VALUES, name);

/**
 * Each field's COSD data item (code and name) where it has one. The codes of CR0460, CR0470,
 * CR0490 and CR0510 are the national codes; the others' value keys are Convene's own.
 */
export const COSD_FIELDS: Record<OutcomeField, { code: string; name: string; cancerOnly: boolean } | null> = {
  discussionStatus: { code: 'CR8100', name: 'MDT discussion status', cancerOnly: false },
  discussionType: { code: 'CR8110', name: 'MDT discussion type', cancerOnly: false },
  meetingDate: { code: 'CR3080', name: 'MDT meeting date', cancerOnly: false },
  mdtType: { code: 'CR3190', name: 'MDT type (tumour group)', cancerOnly: false },
  carePlanIntent: { code: 'CR0460', name: 'Cancer care plan intent', cancerOnly: true },
  plannedTreatments: { code: 'CR0470', name: 'Planned cancer treatment type', cancerOnly: true },
  noTreatmentReason: { code: 'CR0490', name: 'No cancer treatment reason', cancerOnly: true },
  performanceStatus: { code: 'CR0510', name: 'Performance status (adult)', cancerOnly: true },
  cnsInvolved: null,
  recommendation: null,
  actions: null,
  sentTo: null,
};

/** Each field as a letter and the form label it. */
export const FIELD_LABELS: Record<OutcomeField, string> = {
  discussionStatus: 'Discussion status',
  discussionType: 'Discussion type',
  meetingDate: 'Meeting date',
  mdtType: 'MDT',
  carePlanIntent: 'Care plan intent',
  plannedTreatments: 'Planned treatment',
  noTreatmentReason: 'Reason for no active treatment',
  performanceStatus: 'Performance status (WHO)',
  cnsInvolved: 'Clinical nurse specialist involved',
  recommendation: 'Recommendation',
  actions: 'Actions',
  sentTo: 'Sent to',
};

/** A draft with every field empty: what a case starts from. */
export const emptyValues = (): OutcomeValues =>
  Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, null])) as OutcomeValues;

/**
 * Why these values cannot be signed yet (empty when they can): the minimum a letter needs, and the
 * COSD care-plan items a cancer MDT must give. A non-cancer MDT is never asked for them.
 */
export function signOffProblems(v: OutcomeValues): string[] {
  const problems: string[] = [];
  if (!v.discussionStatus) problems.push('say whether the patient was discussed');
  if (!v.recommendation?.trim()) problems.push('write the recommendation');
  if (!v.mdtType) problems.push('say which MDT (tumour group, or not a cancer MDT)');
  const cancer = v.mdtType !== null && MDT_TYPES[v.mdtType].cancer;
  if (cancer && v.discussionStatus === 'discussed' && !v.carePlanIntent) problems.push('give the care plan intent');
  if (cancer && v.carePlanIntent === 'X' && !v.noTreatmentReason)
    problems.push('give the reason for no active treatment');
  return problems;
}
