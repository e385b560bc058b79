/**
 * The codes the MDT export writes beyond those the consultation export already names. Chosen:
 * SNOMED CT 312384001 |Multidisciplinary assessment|, the concept HL7's own MDT treatment-plan
 * profile (ICHOM breast cancer IG) puts in CarePlan.category; the closest to "an MDT's outcome".
 */

/** SNOMED CT, the system of the CarePlan's category. */
export const SNOMED = 'http://snomed.info/sct';

/** The CarePlan's category: a plan that came out of a multidisciplinary assessment. */
export const MDT_CATEGORY = { system: SNOMED, code: '312384001', display: 'Multidisciplinary assessment' };

/** COSD's planned treatment types have no FHIR code system of their own: Convene names it, under its own URNs. */
export const COSD_TREATMENT_SYSTEM = 'urn:convene:cosd:CR0470';

/** Convene's MDT case ids, as the CarePlan's business identifier (a re-export is the same plan). */
export const MDT_CASE_SYSTEM = 'urn:convene:mdt-case';

/** HL7 v3 DataOperation: a first sign-off creates the plan, an amendment updates it. */
export const DATA_OPERATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

/** FHIR's provenance participant types: the chair attests the outcome by signing it off. */
export const ATTESTER = {
  system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  code: 'attester',
  display: 'Attester',
};
