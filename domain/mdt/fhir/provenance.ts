import { iso, namedUuid, refTo, type Resource } from '../../consultations/fhir/json';
import type { SignedCaseFacts } from '../outcome-facts';
import { ATTESTER, DATA_OPERATION_SYSTEM } from './codes';

/** The sign-off as a Provenance of the CarePlan: recorded when signed, attested by the chair. */
export function signOffProvenance(f: SignedCaseFacts, plan: Resource, chair: Resource): Resource {
  const s = f.signed;
  const amended = s.version > 1;
  return {
    resourceType: 'Provenance',
    id: namedUuid(`mdt-sign-off:${f.caseId}:v${s.version}`),
    target: [refTo(plan)],
    recorded: iso(s.signedAt),
    activity: {
      coding: [
        { system: DATA_OPERATION_SYSTEM, code: amended ? 'UPDATE' : 'CREATE', display: amended ? 'revise' : 'create' },
      ],
      text: amended ? 'MDT outcome amended and signed off by the chair' : 'MDT outcome signed off by the chair',
    },
    ...(s.amendmentReason ? { reason: [{ text: s.amendmentReason }] } : {}),
    agent: [{ type: { coding: [ATTESTER] }, who: refTo(chair, s.signedBy.name) }],
  };
}
