import { PLANNED_TREATMENT, type ActionItem } from '../../../contracts/mdt-outcome';
import { iso, namedUuid, refTo, type Json, type Resource } from '../../consultations/fhir/json';
import type { SignedCaseFacts } from '../outcome-facts';
import { codedWords } from '../outcome-words';
import { FIELD_LABELS } from '../../../contracts/mdt-outcome';
import { COSD_TREATMENT_SYSTEM, MDT_CASE_SYSTEM, MDT_CATEGORY } from './codes';

type Refs = { patient: Resource; practitioner(userId: string): Resource };

/** A planned treatment (COSD CR0470) as an activity not started yet. */
const treatment = (code: keyof typeof PLANNED_TREATMENT): Json => ({
  detail: {
    code: {
      coding: [{ system: COSD_TREATMENT_SYSTEM, code, display: PLANNED_TREATMENT[code] }],
      text: PLANNED_TREATMENT[code],
    },
    status: 'not-started',
  },
});

/** An agreed action: what, who does it (performer), and by when (the scheduled period's end). */
const action = (a: ActionItem, refs: Refs, name: string | undefined): Json => ({
  detail: {
    description: a.what,
    status: a.done ? 'completed' : 'not-started',
    scheduledPeriod: { end: a.due },
    performer: [refTo(refs.practitioner(a.ownerUserId), name)],
  },
});

/**
 * The signed outcome as a CarePlan: a plan (intent `plan`) from a multidisciplinary assessment,
 * about the Patient, authored by the chair when they signed it, with an activity per planned
 * treatment and per action; the recommendation, the coded fields in words and any amendment reason
 * as notes. Its id is the same in every export of this version.
 */
export function carePlan(f: SignedCaseFacts, refs: Refs): Resource {
  const s = f.signed;
  const v = s.values;
  const chair = refTo(refs.practitioner(s.signedBy.id), s.signedBy.name);
  const at = iso(s.signedAt);
  const note = (text: string) => ({ authorReference: chair, time: at, text });
  const coded = codedWords(v).map(([k, w]) => `${FIELD_LABELS[k]}: ${w}`);
  return {
    resourceType: 'CarePlan',
    id: namedUuid(`mdt-outcome:${f.caseId}:v${s.version}`),
    identifier: [{ system: MDT_CASE_SYSTEM, value: f.caseId }],
    status: 'active',
    intent: 'plan',
    category: [{ coding: [MDT_CATEGORY], text: 'MDT outcome' }],
    title: `${f.meeting.serviceName}: outcome (version ${s.version})`,
    description: f.question,
    subject: refTo(refs.patient, `${f.patient.givenName} ${f.patient.familyName}`),
    created: at,
    author: chair,
    activity: [
      ...(v.plannedTreatments ?? []).map(treatment),
      ...(v.actions ?? []).map((a) => action(a, refs, f.people.get(a.ownerUserId))),
    ],
    note: [
      note(v.recommendation ?? ''),
      ...(coded.length ? [note(coded.join('\n'))] : []),
      ...(s.amendmentReason ? [note(`Amends version ${s.version - 1}: ${s.amendmentReason}`)] : []),
    ],
  };
}
