import { randomUUID } from 'node:crypto';
import { InvalidFhirError } from '../../consultations/fhir';
import { iso, urn, type Json } from '../../consultations/fhir/json';
import { danglingReferences } from '../../consultations/fhir/references';
import { fhirSchemaErrors } from '../../consultations/fhir-validation';
import type { SignedCaseFacts } from '../outcome-facts';
import { carePlan } from './care-plan';
import { patientOf, practitionersOf } from './people';
import { signOffProvenance } from './provenance';

/**
 * A case's signed outcome as a FHIR R4 Bundle (collection): the CarePlan, the Provenance of its
 * sign-off, the Patient and a Practitioner per member of staff it names, referring only to each
 * other by `urn:uuid:` fullUrls. Checked against the R4 schema before it leaves.
 */
export function outcomeBundle(f: SignedCaseFacts, now = new Date()): Json {
  const patient = patientOf(f);
  const practitioners = practitionersOf(f);
  const practitioner = (id: string) => practitioners.get(id)!;
  const plan = carePlan(f, { patient, practitioner });
  const provenance = signOffProvenance(f, plan, practitioner(f.signed.signedBy.id));
  const resources = [plan, provenance, patient, ...practitioners.values()];
  const bundle = {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'collection',
    timestamp: iso(now),
    entry: resources.map((r) => ({ fullUrl: urn(r.id), resource: r })),
  };
  const dangling = danglingReferences(bundle);
  if (dangling.length) throw new InvalidFhirError(`the MDT export points outside itself: ${dangling.join(', ')}`);
  const errors = fhirSchemaErrors(bundle);
  if (errors.length) throw new InvalidFhirError(`the MDT export is not valid R4: ${errors.slice(0, 3).join('; ')}`);
  return bundle;
}
