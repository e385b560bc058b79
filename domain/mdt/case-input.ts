import { z } from 'zod';
import { PreMdtSummary } from '../../contracts/mdt';
import { DomainError } from '../kernel/domain-error';

/** What a coordinator writes about a case: who referred it, the question for the team, and the pre-MDT summary. */
export interface CaseDetails {
  question: string;
  referrer: { name: string; organisation: string };
  summary?: z.input<typeof PreMdtSummary> | undefined;
  /** Who presents it; a member of the team. */
  presenterUserId?: string | null | undefined;
}

/**
 * The same checks whether the case came from the form or another system's API call: the domain
 * does not rely on the HTTP contract having been applied before it.
 */
export function checkCaseDetails(d: CaseDetails) {
  const question = d.question.trim();
  if (!question || question.length > 2000)
    throw new DomainError('bad_request', 'put the question to the MDT (up to 2000 characters)');
  const referrerName = d.referrer.name.trim();
  const referrerOrganisation = d.referrer.organisation.trim();
  if (!referrerName || referrerName.length > 120)
    throw new DomainError('bad_request', 'name the referring clinician (up to 120 characters)');
  if (referrerOrganisation.length > 200)
    throw new DomainError('bad_request', "the referrer's organisation may be at most 200 characters");
  const summary = PreMdtSummary.safeParse(d.summary ?? {});
  if (!summary.success) throw new DomainError('bad_request', `pre-MDT summary: ${z.prettifyError(summary.error)}`);
  return { question, referrerName, referrerOrganisation, summary: summary.data };
}
