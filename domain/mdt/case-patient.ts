import type { Transaction } from 'kysely';
import { normaliseNhsNumber } from '../../db/nhs-number';
import { createPatient, InvalidPatientError } from '../../db/records/patients';
import type { Database } from '../../db/schema';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';

/** The patient a case is for: one already known, or one the coordinator (or another system) adds with it. */
export type CasePatient =
  { id: string } | { givenName: string; familyName: string; dateOfBirth: string; nhsNumber: string };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The one message an NHS number that fails its check gets, wherever the case came from. */
export const invalidNhsNumber = (given: string) =>
  `${given.trim() || 'That'} is not a valid NHS number: it must be 10 digits, the last being the modulus 11 check digit of the first nine. Check it against the referral.`;

/**
 * The patient's id, once it is certain they may be on this MDT's list: of the MDT's organisation or
 * of none (as invites' patient search allows). An id from the browser is never taken on trust. A new
 * patient needs a valid NHS number; one already recorded under it is reused only when the date of
 * birth and family name agree, so a mistyped number cannot attach a case to someone else.
 */
export async function patientForCase(
  trx: Transaction<Database>,
  organisationId: string,
  patient: CasePatient,
): Promise<string> {
  const patientsQuery = () => trx.selectFrom('patients').selectAll();
  const inScope = (q: ReturnType<typeof patientsQuery>) =>
    q.where((eb) => eb.or([eb('organisation_id', '=', organisationId), eb('organisation_id', 'is', null)]));
  if ('id' in patient) {
    const known = await inScope(patientsQuery()).where('id', '=', requireId(patient.id, 'patient')).executeTakeFirst();
    if (!known) throw new DomainError('not_found', 'there is no such patient in this organisation');
    return known.id;
  }
  const nhsNumber = normaliseNhsNumber(patient.nhsNumber);
  if (!nhsNumber) throw new DomainError('bad_request', invalidNhsNumber(patient.nhsNumber));
  const givenName = patient.givenName.trim();
  const familyName = patient.familyName.trim();
  if (!givenName || !familyName || givenName.length > 80 || familyName.length > 80)
    throw new DomainError('bad_request', 'give the patient a given name and a family name (up to 80 characters)');
  if (patient.dateOfBirth > new Date().toISOString().slice(0, 10))
    throw new DomainError('bad_request', 'the date of birth is in the future');
  const existing = await patientsQuery().where('nhs_number', '=', nhsNumber).executeTakeFirst();
  if (existing) {
    const mayUse = existing.organisation_id === null || existing.organisation_id === organisationId;
    if (mayUse && existing.date_of_birth === patient.dateOfBirth && sameName(existing.family_name, familyName))
      return existing.id;
    throw new DomainError(
      'conflict',
      `A patient with NHS number ${nhsNumber} is already recorded with a different name or date of birth: check the referral.`,
    );
  }
  try {
    const created = await createPatient(trx, {
      givenName,
      familyName,
      dateOfBirth: patient.dateOfBirth,
      nhsNumber,
      organisationId,
    });
    return created.id;
  } catch (err) {
    if (err instanceof InvalidPatientError) throw new DomainError('bad_request', err.message);
    throw err;
  }
}
