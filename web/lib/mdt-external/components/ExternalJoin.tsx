'use client';
import { LinkProblem } from '../../guest/components/LinkProblem';
import { ExternalMeeting } from '../../mdt-live/components/ExternalMeeting';
import { PrecheckPanel } from '../../precheck/components/PrecheckPanel';
import { useExternalVisit } from '../use-external-visit';
import { ExternalAgreement } from './ExternalAgreement';

/** A clinician's words for why their link did not work. */
const HEADING: Record<string, string> = {
  outside_window: 'This link is not open yet',
  used: 'This link has already been used',
  revoked: 'This link has been withdrawn',
  expired: 'This MDT meeting has ended',
};
const HELP = 'If you need to join now, contact the MDT coordinator who invited you.';

/**
 * The page an external clinician's link opens: the link checked, their agreement, the pre-call
 * check, then the live meeting, read-only. No account, nothing to install.
 */
export function ExternalJoin() {
  const v = useExternalVisit();
  const { step } = v;
  if (step.kind === 'meeting')
    return (
      <ExternalMeeting meetingId={step.meetingId} name={step.name} signalling={step.signalling} closed={v.closed} />
    );
  return (
    <>
      <h1 className="nhsuk-heading-l">Join an MDT meeting</h1>
      {step.kind === 'checking' || step.kind === 'back' ? <p role="status">Checking your link…</p> : null}
      {step.kind === 'refused' ? (
        <LinkProblem code={step.code} message={step.message} heading={HEADING[step.code]} help={HELP} />
      ) : null}
      {step.kind === 'valid' ? <ExternalAgreement name={step.name} error={v.error} onContinue={v.start} /> : null}
      {step.kind === 'precheck' ? (
        <PrecheckPanel signalling={step.signalling} onDone={v.enter} doneLabel="Continue to the meeting" />
      ) : null}
    </>
  );
}
