import type { Resource } from '../../consultations/fhir/json';
import { CONVENE_USER_SYSTEM, NHS_NUMBER_SYSTEM } from '../../consultations/fhir/systems';
import type { SignedCaseFacts } from '../outcome-facts';

/** The patient the outcome is about, found by a receiver through their NHS number. */
export function patientOf(f: SignedCaseFacts): Resource {
  const p = f.patient;
  return {
    resourceType: 'Patient',
    id: p.id,
    ...(p.nhsNumber ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }] } : {}),
    name: [{ family: p.familyName, given: [p.givenName] }],
    birthDate: p.dateOfBirth,
  };
}

/** A Practitioner per member of staff the outcome names (the chair, each action's owner), by user id. */
export function practitionersOf(f: SignedCaseFacts): Map<string, Resource> {
  const ids = [f.signed.signedBy.id, ...(f.signed.values.actions ?? []).map((a) => a.ownerUserId)];
  const out = new Map<string, Resource>();
  for (const id of ids) {
    if (out.has(id)) continue;
    const name = f.people.get(id);
    out.set(id, {
      resourceType: 'Practitioner',
      id,
      identifier: [{ system: CONVENE_USER_SYSTEM, value: id }],
      ...(name ? { name: [{ text: name }] } : {}),
    });
  }
  return out;
}
