import type { Kysely } from 'kysely';
import { normaliseNhsNumber } from '../nhs-number';
import type { Database, Patient } from '../schema';

export class InvalidPatientError extends Error {
  override name = 'InvalidPatientError';
}

export interface NewPatient {
  givenName: string;
  familyName: string;
  /** "YYYY-MM-DD" */
  dateOfBirth: string;
  nhsNumber?: string | null;
  organisationId?: string | null;
}

export async function createPatient(db: Kysely<Database>, p: NewPatient): Promise<Patient> {
  const nhsNumber = p.nhsNumber ? normaliseNhsNumber(p.nhsNumber) : null;
  if (p.nhsNumber && !nhsNumber) throw new InvalidPatientError(`${p.nhsNumber} is not a valid NHS number`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.dateOfBirth) || Number.isNaN(Date.parse(p.dateOfBirth))) {
    throw new InvalidPatientError(`${p.dateOfBirth} is not a date of birth (YYYY-MM-DD)`);
  }
  return db
    .insertInto('patients')
    .values({
      given_name: p.givenName,
      family_name: p.familyName,
      date_of_birth: p.dateOfBirth,
      nhs_number: nhsNumber,
      organisation_id: p.organisationId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
