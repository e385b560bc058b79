import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { readAttendance } from './meeting-attendance';
import type { MeetingSummaryFacts } from './meeting-summary-pdf';
import { signedVersions } from './outcome-versions';

/**
 * The meeting, its chair, its attendance as the call recorded it, and each case in list order with
 * its latest signed outcome and whether a draft is open.
 */
export async function meetingSummaryFacts(db: Kysely<Database>, meetingId: string): Promise<MeetingSummaryFacts> {
  const m = await db
    .selectFrom('mdt_meetings as m')
    .innerJoin('services as s', 's.id', 'm.service_id')
    .leftJoin('users as u', 'u.id', 'm.chair_user_id')
    .select(['m.id', 'm.title', 'm.starts_at', 's.name as serviceName', 'u.display_name as chairName'])
    .where('m.id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('mdt_cases as c')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .leftJoin('mdt_outcome_drafts as d', 'd.case_id', 'c.id')
    .select(['c.id', 'c.position', 'c.question', 'p.given_name', 'p.family_name', 'p.nhs_number', 'd.state'])
    .where('c.meeting_id', '=', meetingId)
    .orderBy('c.position')
    .execute();
  const cases = [];
  for (const r of rows) {
    cases.push({
      id: r.id,
      position: r.position,
      patientName: `${r.given_name} ${r.family_name}`,
      nhsNumber: r.nhs_number,
      question: r.question,
      draftOpen: r.state === 'editing',
      signed: (await signedVersions(db, r.id)).at(-1) ?? null,
    });
  }
  const meeting = {
    id: m.id,
    title: m.title,
    startsAt: m.starts_at,
    serviceName: m.serviceName,
    chairName: m.chairName,
  };
  return { meeting, attendance: await readAttendance(db, m.id), cases };
}
