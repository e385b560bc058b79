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
  type OutcomeValues,
} from '../../contracts/mdt-outcome';

/** The coded fields a letter prints, in order, each in words (never its code). */
const CODED = [
  ['discussionStatus', DISCUSSION_STATUS],
  ['discussionType', DISCUSSION_TYPE],
  ['mdtType', MDT_TYPE],
  ['carePlanIntent', CARE_PLAN_INTENT],
  ['noTreatmentReason', NO_TREATMENT_REASON],
  ['performanceStatus', PERFORMANCE_STATUS],
  ['cnsInvolved', CNS_INVOLVED],
] as const;

const word = (set: Record<string, string>, code: string): string => set[code] ?? code;

/** The filled-in structured fields as [label key, words], skipping the empty ones. */
export function codedWords(v: OutcomeValues): [keyof OutcomeValues, string][] {
  const out: [keyof OutcomeValues, string][] = [];
  for (const [field, set] of CODED) {
    const code = v[field];
    if (code) out.push([field, word(set, code)]);
  }
  return out;
}

/** The planned treatments in words, in the order the team gave them. */
export const treatmentWords = (v: OutcomeValues): string[] =>
  (v.plannedTreatments ?? []).map((c) => word(PLANNED_TREATMENT, c));

/** Who the letter is for, in words. */
export const recipientWords = (v: OutcomeValues): string[] => (v.sentTo ?? []).map((c) => word(SENT_TO, c));
