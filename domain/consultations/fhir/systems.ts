/**
 * The identifier and code systems the export writes, each named once: a receiving system matches
 * on these exact strings.
 */

/** NHS England's system for the NHS number: how a receiver finds the patient it already knows. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

/** HL7 v3 ActCode: where `VR` (virtual) comes from, the Encounter class of a video call. */
export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** Convene's own user ids: staff have no national identifier in Convene, so they are named as its users. */
export const CONVENE_USER_SYSTEM = 'urn:convene:user';

/** HL7 v3 ParticipationType: `PART`, someone who took part in the Encounter. */
export const PARTICIPATION_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/** FHIR's Encounter participant types: `translator`, for an interpreter. */
export const PARTICIPANT_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/participant-type';

/** HL7 v3 RoleCode: `FAMMEMB`, a relative's relationship to the patient. */
export const ROLE_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

/** An identifier whose value is itself a URI (urn:uuid:…, or a file's hash as ni:///sha-256;…). */
export const URI_SYSTEM = 'urn:ietf:rfc:3986';
