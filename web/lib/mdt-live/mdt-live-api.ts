import { MdtRoutes } from '../../../contracts/http/mdt';
import { MdtOutcomeRoutes } from '../../../contracts/http/mdt-outcomes';
import { ACTION_OWNER_ROLES } from '../../../contracts/mdt-outcome';
import { pathOf, type Answer } from '../../../contracts/http/route';
import { apiFetch } from '../http/api-fetch';

/** A meeting with its ordered cases, as the panel reads them. */
export type MeetingDetail = Answer<typeof MdtRoutes.meeting>;
/** One case on the meeting's list. */
export type MeetingCase = MeetingDetail['cases'][number];
/** A case's outcome: the live draft and every signed version. */
export type OutcomeAnswer = Answer<typeof MdtOutcomeRoutes.outcome>;

/** Staff pages send someone whose sign-in has lapsed to sign in again, and back. */
const staff = { signInOn401: true } as const;

export const fetchMeeting = (id: string): Promise<MeetingDetail> =>
  apiFetch(MdtRoutes.meeting, { ...staff, params: { id } });

export const fetchOutcome = (caseId: string): Promise<OutcomeAnswer> =>
  apiFetch(MdtOutcomeRoutes.outcome, { ...staff, params: { id: caseId } });

/** Someone an action may be given to: a member of the MDT's team in a role that takes actions. */
export type ActionOwner = Answer<typeof MdtRoutes.settings>['team'][number];

/** The MDT's team as its settings list it (read by any member), narrowed to who may own an action. */
export const fetchActionOwners = async (serviceId: string): Promise<ActionOwner[]> =>
  (await apiFetch(MdtRoutes.settings, { ...staff, params: { id: serviceId } })).team.filter((m) =>
    (ACTION_OWNER_ROLES as readonly string[]).includes(m.role),
  );

/** The chair freezes the draft into the next signed version. */
export const signOffOutcome = (caseId: string) =>
  apiFetch(MdtOutcomeRoutes.signOff, { ...staff, params: { id: caseId }, body: {} });

/** Reopens a signed outcome for an amendment, with the reason the next version will carry. */
export const amendOutcome = (caseId: string, reason: string) =>
  apiFetch(MdtOutcomeRoutes.amend, { ...staff, params: { id: caseId }, body: { reason } });

/** Where the signed letter and the FHIR export are: the page links to them, the browser downloads. */
export const exportLinks = (caseId: string) => ({
  pdf: pathOf(MdtOutcomeRoutes.letterPdf, { id: caseId }),
  fhir: pathOf(MdtOutcomeRoutes.fhir, { id: caseId }),
});
