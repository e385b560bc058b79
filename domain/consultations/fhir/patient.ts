import type { ConsultationRecord } from '../types';
import { refTo, type Json, type Resource } from './json';
import { NHS_NUMBER_SYSTEM } from './systems';

type Patient = NonNullable<ConsultationRecord['patient']>;

/** The patient as the NHS knows them: a receiving system finds its own record by the NHS number. */
export function patientResource(p: Patient): Resource {
  return {
    resourceType: 'Patient',
    id: p.id,
    ...(p.nhsNumber ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }] } : {}),
    name: [{ family: p.familyName, given: [p.givenName] }],
    birthDate: p.dateOfBirth,
  };
}

/** The Encounter's subject: the identified patient's entry, or only the name an unidentified one gave. */
export function subjectOf(record: ConsultationRecord, patient: Resource | null, seatName?: string): Json | undefined {
  if (patient && record.patient) return refTo(patient, `${record.patient.givenName} ${record.patient.familyName}`);
  return seatName ? { display: seatName } : undefined;
}
