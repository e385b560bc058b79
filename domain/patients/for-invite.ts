import type { Transaction } from 'kysely';
import { createPatient, InvalidPatientError } from '../../db/records/patients';
import { normaliseNhsNumber } from '../../db/nhs-number';
import type { Database } from '../../db/schema';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';

/** The patient staff name on an invite: one already known, or one they add as they send it. */
export type InvitePatient =
  | { id: string }
  | { givenName: string; familyName: string; dateOfBirth: string; nhsNumber?: string | null | undefined };

/**
 * The patient's id, once it is certain they belong to the organisation whose service the invite is
 * for: an id sent by the browser is never taken on trust. A new patient is created in it.
 */
export async function patientForInvite(
  trx: Transaction<Database>,
  organisationId: string,
  patient: InvitePatient,
): Promise<string> {
  if ('id' in patient) {
    const known = await trx
      .selectFrom('patients')
      .select('id')
      .where('id', '=', requireId(patient.id, 'patient'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (!known) throw new DomainError('not_found', 'there is no such patient in this organisation');
    return known.id;
  }
  const givenName = patient.givenName.trim();
  const familyName = patient.familyName.trim();
  if (!givenName || !familyName || givenName.length > 80 || familyName.length > 80)
    throw new DomainError('bad_request', 'give the patient a given name and a family name (up to 80 characters)');
  const nhsNumber = patient.nhsNumber ? normaliseNhsNumber(patient.nhsNumber) : null;
  if (
    nhsNumber &&
    (await trx.selectFrom('patients').select('id').where('nhs_number', '=', nhsNumber).executeTakeFirst())
  )
    throw new DomainError('conflict', 'A patient with this NHS number is already known: search for them instead.');
  try {
    const created = await createPatient(trx, { ...patient, givenName, familyName, organisationId });
    return created.id;
  } catch (err) {
    if (err instanceof InvalidPatientError) throw new DomainError('bad_request', err.message);
    throw err;
  }
}
