import { MDT_TYPES, type MdtType } from './mdt';
/**
 * The value sets of an MDT outcome, each code with the words a letter prints. Where COSD (the
 * Cancer Outcomes and Services Dataset) gives national codes, the keys are those codes, so an
 * export to a cancer registry needs no mapping; where it does not (or the code is not certain),
 * the keys are Convene's own and say so. The browser's form reads these too.
 */

/** CR8100 discussion status: whether the team discussed the patient. Convene's own keys. */
export const DISCUSSION_STATUS = { discussed: 'Discussed', not_discussed: 'Not discussed' } as const;

/** CR8110 discussion type: where the decision was made. Convene's own keys. */
export const DISCUSSION_TYPE = {
  this_trust: "This Trust's MDT",
  standard_of_care: 'Standard of care (agreed pathway, not discussed individually)',
  other_trust: "Another Trust's MDT",
} as const;

/**
 * CR3190 MDT type: the same kinds an MDT is set up as (contracts/mdt.ts), so an outcome's MDT type and
 * its team's can never be spelt two ways. Whether it is a cancer MDT comes from there too.
 */
export const MDT_TYPE = Object.fromEntries(Object.entries(MDT_TYPES).map(([key, t]) => [key, t.label])) as {
  readonly [K in MdtType]: string;
};

/** CR0460 CANCER CARE PLAN INTENT: the national codes. */
export const CARE_PLAN_INTENT = {
  C: 'Curative',
  Z: 'Non-curative',
  X: 'No active treatment',
  '9': 'Not known',
} as const;

/** CR0470 PLANNED CANCER TREATMENT TYPE (CANCER TREATMENT MODALITY): the national codes Convene offers. */
export const PLANNED_TREATMENT = {
  '01': 'Surgery',
  '02': 'Anti-cancer drug regimen (cytotoxic chemotherapy)',
  '03': 'Anti-cancer drug regimen (hormone therapy)',
  '04': 'Chemoradiotherapy',
  '05': 'Teletherapy (beam radiation excluding proton therapy)',
  '06': 'Brachytherapy',
  '07': 'Specialist palliative care',
  '08': 'Active monitoring',
  '09': 'Non-specialist palliative care',
  '97': 'Other treatment',
  '99': 'Not known',
} as const;

/** CR0490 NO CANCER TREATMENT REASON: the national codes in use (09 was retired in 2013). */
export const NO_TREATMENT_REASON = {
  '01': 'Patient declined treatment',
  '02': 'Unfit: poor performance status',
  '03': 'Unfit: significant co-morbidity',
  '04': 'Unfit: advanced stage cancer',
  '05': 'Unknown primary site',
  '06': 'Died before treatment',
  '07': 'No anti-cancer treatment available',
  '08': 'Other (not listed)',
  '10': 'Monitoring only',
  '99': 'Not known',
} as const;

/** CR0510 PERFORMANCE STATUS (ADULT): the WHO/ECOG grades, with 9 for not recorded. */
export const PERFORMANCE_STATUS = {
  '0': '0 – fully active, no restriction',
  '1': '1 – restricted in strenuous activity, able to do light work',
  '2': '2 – up and about over half the day, all self-care, unable to work',
  '3': '3 – limited self-care, in bed or chair over half the day',
  '4': '4 – completely disabled, no self-care, confined to bed or chair',
  '9': 'Not recorded',
} as const;

/** Whether a clinical nurse specialist was involved. Convene's own keys. */
export const CNS_INVOLVED = { yes: 'Yes', no: 'No', not_known: 'Not known' } as const;

/** Who the outcome letter goes to. */
export const SENT_TO = { gp: "Patient's GP", referrer: 'Referrer', patient: 'Patient' } as const;

/** The keys of a value set, as the tuple z.enum takes. */
export const codesOf = <T extends Record<string, string>>(set: T) =>
  Object.keys(set) as [keyof T & string, ...(keyof T & string)[]];
