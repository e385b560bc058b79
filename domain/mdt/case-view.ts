import type { Kysely } from 'kysely';
import { PreMdtSummary, type MdtCaseStatus } from '../../contracts/mdt';
import type { Database } from '../../db/schema';

/** A file attached to a case, without its bytes. */
export interface MdtAttachmentView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

/** A case as the panel reads it before the meeting: who, from whom, the question, and the pre-MDT summary. */
export interface MdtCaseView {
  id: string;
  meetingId: string;
  position: number;
  status: MdtCaseStatus;
  addedLate: boolean;
  question: string;
  patient: { id: string; givenName: string; familyName: string; dateOfBirth: string; nhsNumber: string | null };
  referrer: { name: string; organisation: string };
  summary: PreMdtSummary;
  presenter: { id: string; name: string } | null;
  rolledOverToCaseId: string | null;
  rolledFromCaseId: string | null;
  attachments: MdtAttachmentView[];
  updatedAt: Date;
}

/** The attachments of these cases, oldest first, by case. */
export async function attachmentsOf(db: Kysely<Database>, caseIds: readonly string[]) {
  const rows = caseIds.length
    ? await db
        .selectFrom('files')
        .select(['id', 'mdt_case_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
        .where('mdt_case_id', 'in', caseIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : [];
  const byCase = new Map<string, MdtAttachmentView[]>();
  for (const f of rows) {
    const view = { id: f.id, filename: f.filename, contentType: f.content_type, sizeBytes: f.size_bytes };
    const list = byCase.get(f.mdt_case_id!) ?? [];
    list.push({ ...view, sha256: f.sha256, uploadedAt: f.created_at });
    byCase.set(f.mdt_case_id!, list);
  }
  return byCase;
}

/** Cases of one meeting in list order, or the cases with the given ids: read whole, attachments included. */
export async function readCases(
  db: Kysely<Database>,
  which: { meetingId: string } | { caseIds: readonly string[] },
): Promise<MdtCaseView[]> {
  if ('caseIds' in which && which.caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('mdt_cases as c')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .leftJoin('users as u', 'u.id', 'c.presenter_user_id')
    .selectAll('c')
    .select(['p.given_name', 'p.family_name', 'p.date_of_birth', 'p.nhs_number', 'u.display_name as presenter_name'])
    .where((eb) =>
      'meetingId' in which ? eb('c.meeting_id', '=', which.meetingId) : eb('c.id', 'in', [...which.caseIds]),
    )
    .orderBy('c.position')
    .execute();
  const files = await attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    position: r.position,
    status: r.status,
    addedLate: r.added_late,
    question: r.question,
    patient: {
      id: r.patient_id,
      givenName: r.given_name,
      familyName: r.family_name,
      dateOfBirth: r.date_of_birth,
      nhsNumber: r.nhs_number,
    },
    referrer: { name: r.referrer_name, organisation: r.referrer_organisation },
    // Rows from before the summary existed hold `{}`: read through the contract so every field has its blank.
    summary: PreMdtSummary.parse(r.pre_mdt_summary),
    presenter: r.presenter_user_id ? { id: r.presenter_user_id, name: r.presenter_name ?? '' } : null,
    rolledOverToCaseId: r.rolled_over_to_case_id,
    rolledFromCaseId: r.rolled_from_case_id,
    attachments: files.get(r.id) ?? [],
    updatedAt: r.updated_at,
  }));
}

/** One case, read whole, for the answer to a change. */
export async function readCase(db: Kysely<Database>, caseId: string): Promise<MdtCaseView> {
  const [view] = await readCases(db, { caseIds: [caseId] });
  if (!view) throw new Error(`case ${caseId} vanished`);
  return view;
}
