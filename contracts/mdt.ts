import { z } from 'zod';

/**
 * The words of MDT set-up, shared by the database checks, the domain, the HTTP contracts and the
 * coordinator's pages: what kind of team meets, which roles make it quorate, where a case stands,
 * and the pre-MDT summary the panel reads before the meeting.
 */

/**
 * Kinds of MDT. The cancer ones follow the tumour groups of the Cancer Outcomes and Services
 * Dataset's MDT type item (COSD CR3190), by name: the national code values are not repeated here,
 * so an export that needs them maps these keys in one place. The non-cancer ones are the teams the
 * same platform serves outside cancer (frailty, mental health, complex wounds…).
 */
export const MDT_TYPES = {
  breast: { label: 'Breast', cancer: true },
  central_nervous_system: { label: 'Brain and central nervous system', cancer: true },
  colorectal: { label: 'Colorectal', cancer: true },
  gynaecological: { label: 'Gynaecological', cancer: true },
  haematological: { label: 'Haematological', cancer: true },
  head_and_neck: { label: 'Head and neck', cancer: true },
  lung: { label: 'Lung', cancer: true },
  sarcoma: { label: 'Sarcoma', cancer: true },
  skin: { label: 'Skin', cancer: true },
  upper_gastrointestinal: { label: 'Upper gastrointestinal', cancer: true },
  urological: { label: 'Urological', cancer: true },
  unknown_primary: { label: 'Cancer of unknown primary', cancer: true },
  children_teenagers_young_adults: { label: "Children's, teenage and young adult cancer", cancer: true },
  other_cancer: { label: 'Other cancer', cancer: true },
  frailty: { label: 'Frailty', cancer: false },
  mental_health: { label: 'Mental health', cancer: false },
  complex_wounds: { label: 'Complex wounds', cancer: false },
  heart_failure: { label: 'Heart failure', cancer: false },
  interstitial_lung_disease: { label: 'Interstitial lung disease', cancer: false },
  neurorehabilitation: { label: 'Neurorehabilitation', cancer: false },
  other_non_cancer: { label: 'Other (non-cancer)', cancer: false },
} as const satisfies Record<string, { label: string; cancer: boolean }>;
export type MdtType = keyof typeof MDT_TYPES;
export const MDT_TYPE_KEYS = Object.keys(MDT_TYPES) as [MdtType, ...MdtType[]];

/** The roles an MDT may need present to be quorate; each team picks its own list (lung: chair, radiologist…). */
export const MDT_CORE_ROLES = {
  chair: 'Chair',
  clinical_nurse_specialist: 'Clinical nurse specialist',
  radiologist: 'Radiologist',
  pathologist: 'Pathologist',
  clinical_oncologist: 'Clinical oncologist',
  medical_oncologist: 'Medical oncologist',
  surgeon: 'Surgeon',
  thoracic_surgeon: 'Thoracic surgeon',
  respiratory_physician: 'Respiratory physician',
  haematologist: 'Haematologist',
  palliative_care: 'Palliative care',
  geriatrician: 'Geriatrician',
  psychiatrist: 'Psychiatrist',
  psychologist: 'Psychologist',
  tissue_viability_nurse: 'Tissue viability nurse',
  pharmacist: 'Pharmacist',
  therapist: 'Physiotherapist or occupational therapist',
  social_worker: 'Social worker',
  mdt_coordinator: 'MDT coordinator',
} as const satisfies Record<string, string>;
export type MdtCoreRole = keyof typeof MDT_CORE_ROLES;
export const MDT_CORE_ROLE_KEYS = Object.keys(MDT_CORE_ROLES) as [MdtCoreRole, ...MdtCoreRole[]];

/**
 * Where a case stands on its list: waiting to be discussed, discussed, passed as "standard of care —
 * not discussed", or moved to the next meeting (the row stays, pointing to where it went).
 */
export const MDT_CASE_STATUSES = ['listed', 'discussed', 'not_discussed_standard_of_care', 'rolled_over'] as const;
export type MdtCaseStatus = (typeof MDT_CASE_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max);

/**
 * What the panel reads before the meeting. Every field may be blank while the coordinator gathers
 * it; stage and TNM apply to cancer, WHO performance status (0 fully active … 4 completely disabled)
 * to everyone.
 */
export const PreMdtSummary = z.object({
  diagnosis: text(500).default(''),
  stage: text(60).default(''),
  /** As written in the staging report, e.g. "cT2a N1 M0". */
  tnm: text(60).default(''),
  performanceStatus: z.number().int().min(0).max(4).nullable().default(null),
  comorbidities: text(2000).default(''),
  /** Reports and imaging the panel should look at, one per line. */
  investigations: z.array(text(300).min(1)).max(30).default([]),
});
export type PreMdtSummary = z.output<typeof PreMdtSummary>;
