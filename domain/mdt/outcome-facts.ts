import type { Kysely } from 'kysely';
import type { MdtCoreRole } from '../../contracts/mdt';
import type { Database } from '../../db/schema';
import { attendanceRecord } from './attendance-record';
import { caseAttendance } from './case-attendance';
import { DomainError } from '../kernel/domain-error';
import { signedVersions, type SignedVersion } from './outcome-versions';

/** Everything an export of a case's signed outcome prints: the case, its meeting and patient, the version. */
export interface SignedCaseFacts {
  caseId: string;
  question: string;
  meeting: { id: string; title: string; startsAt: Date; serviceName: string };
  patient: { id: string; givenName: string; familyName: string; nhsNumber: string | null; dateOfBirth: string };
  signed: SignedVersion;
  /** How many versions there are: a letter of version 2 says it amends version 1. */
  versions: number;
  /** Names of the staff the outcome names (action owners, the signer), by user id. */
  people: Map<string, string>;
  /** Who was in the meeting's call while the case was discussed, as the call recorded it; each once. */
  present: { name: string; roles: MdtCoreRole[] }[];
}

/** Everyone there for the case's discussion, once each, in the order they were first there. */
async function presentFor(db: Kysely<Database>, meetingId: string, caseId: string) {
  const record = await attendanceRecord(db, meetingId, { caseId });
  const { present } = caseAttendance(record, record.cases[0]!);
  return [...new Map(present.map((p) => [p.userId, { name: p.name, roles: p.roles }])).values()];
}

/** The facts of the latest signed version; refused as a conflict when nothing has been signed yet. */
export async function signedCaseFacts(db: Kysely<Database>, caseId: string): Promise<SignedCaseFacts> {
  const row = await db
    .selectFrom('mdt_cases as c')
    .innerJoin('mdt_meetings as m', 'm.id', 'c.meeting_id')
    .innerJoin('services as s', 's.id', 'm.service_id')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select(['c.question', 'm.id as meetingId', 'm.title', 'm.starts_at', 's.name as serviceName'])
    .select(['p.id as patientId', 'p.given_name', 'p.family_name', 'p.nhs_number', 'p.date_of_birth'])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const versions = await signedVersions(db, caseId);
  const signed = versions.at(-1);
  if (!signed) throw new DomainError('conflict', 'the outcome of this case has not been signed off yet');
  const ids = [signed.signedBy.id, ...(signed.values.actions ?? []).map((a) => a.ownerUserId)];
  const users = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return {
    caseId,
    question: row.question,
    meeting: { id: row.meetingId, title: row.title, startsAt: row.starts_at, serviceName: row.serviceName },
    patient: {
      id: row.patientId,
      givenName: row.given_name,
      familyName: row.family_name,
      nhsNumber: row.nhs_number,
      dateOfBirth: row.date_of_birth,
    },
    signed,
    versions: versions.length,
    people: new Map(users.map((u) => [u.id, u.display_name])),
    present: await presentFor(db, row.meetingId, caseId),
  };
}
