import type { Transaction } from 'kysely';
import type { PreMdtSummary } from '../../contracts/mdt';
import type { Database, Patient } from '../../db/schema';

/** Next Thursday at 12:30 UTC: the demo lung MDT's weekly slot, always ahead. */
function nextThursday(now: Date): Date {
  const d = new Date(now);
  d.setUTCDate(d.getUTCDate() + ((4 - d.getUTCDay() + 7) % 7 || 7));
  d.setUTCHours(12, 30, 0, 0);
  return d;
}

const TRUST = 'Northfield Teaching Hospitals NHS Trust (demo)';

/** The demo's three lung cases, each with a referrer and the pre-MDT summary a coordinator would prepare. */
const CASES: { question: string; referrer: [string, string]; summary: PreMdtSummary }[] = [
  {
    question: 'CT: 2.4 cm right upper lobe mass. Staging and next steps?',
    referrer: ['Dr Helen Ward, respiratory physician', TRUST],
    summary: {
      diagnosis: 'Suspected primary lung cancer, right upper lobe',
      stage: '',
      tnm: 'cT1c N0 M0 (CT; PET-CT awaited)',
      performanceStatus: 1,
      comorbidities: 'COPD (FEV1 62% predicted); type 2 diabetes; ex-smoker, 40 pack-years',
      investigations: ['CT chest and abdomen', 'PET-CT (report awaited)', 'Full lung function tests'],
    },
  },
  {
    question: 'Post-lobectomy histology review: adjuvant treatment?',
    referrer: ['Mr David Osei, thoracic surgeon', TRUST],
    summary: {
      diagnosis: 'Adenocarcinoma of the left lower lobe, after lobectomy',
      stage: 'IIB',
      tnm: 'pT3 N0 M0',
      performanceStatus: 1,
      comorbidities: 'Hypertension; osteoarthritis of both knees',
      investigations: ['Lobectomy histopathology report', 'PD-L1, EGFR and ALK results'],
    },
  },
  {
    question: 'Central mass with mediastinal nodes: route to a tissue diagnosis (EBUS?) and fitness for treatment?',
    referrer: ['Dr Priya Rao, GP', 'Northfield Road Surgery (demo)'],
    summary: {
      diagnosis: 'Suspected small cell lung cancer, left hilum',
      stage: 'Extensive stage suspected',
      tnm: 'cT4 N3 M1b (CT)',
      performanceStatus: 2,
      comorbidities: 'Ischaemic heart disease (stent 2019); chronic kidney disease stage 3a',
      investigations: ['CT chest, abdomen and pelvis', 'Bloods including sodium and calcium', 'Echocardiogram'],
    },
  },
];

/**
 * The demo lung MDT set up as a coordinator would: its type and core roles, the usual chair, and
 * next Thursday's meeting with three cases listed and summarised for the panel to read beforehand.
 */
export async function seedDemoMdt(
  trx: Transaction<Database>,
  o: { mdtServiceId: string; chairId: string; coordinatorId: string; patients: [Patient, Patient, Patient] },
  now: Date,
): Promise<void> {
  const coreRoles = ['chair', 'respiratory_physician', 'thoracic_surgeon', 'clinical_oncologist', 'radiologist'];
  await trx
    .insertInto('mdt_settings')
    .values({
      service_id: o.mdtServiceId,
      mdt_type: 'lung',
      core_roles: JSON.stringify([...coreRoles, 'pathologist', 'clinical_nurse_specialist']),
      usual_chair_user_id: o.chairId,
      updated_by: o.coordinatorId,
      updated_at: now,
    })
    .execute();
  await trx
    .insertInto('mdt_member_roles')
    .values([
      { service_id: o.mdtServiceId, user_id: o.chairId, core_role: 'respiratory_physician' },
      { service_id: o.mdtServiceId, user_id: o.coordinatorId, core_role: 'mdt_coordinator' },
    ])
    .execute();
  const startsAt = nextThursday(now);
  const meeting = await trx
    .insertInto('mdt_meetings')
    .values({
      service_id: o.mdtServiceId,
      title: 'Lung Cancer MDT',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 120 * 60_000),
      chair_user_id: o.chairId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('mdt_meeting_invitees')
    .values([o.chairId, o.coordinatorId].map((user_id) => ({ meeting_id: meeting.id, user_id })))
    .execute();
  await trx
    .insertInto('mdt_cases')
    .values(
      CASES.map((c, i) => ({
        meeting_id: meeting.id,
        patient_id: o.patients[i]!.id,
        position: i + 1,
        question: c.question,
        presenter_user_id: o.chairId,
        referrer_name: c.referrer[0],
        referrer_organisation: c.referrer[1],
        pre_mdt_summary: JSON.stringify(c.summary),
      })),
    )
    .execute();
}
