'use client';
import { useEffect, useState } from 'react';
import { checkFixedLink, type FixedLinkState } from '../fixed-link-check';
import { FixedLinkForm, type FixedArrival } from './FixedLinkForm';
import { GuestJoin } from './GuestJoin';
import { LinkProblem } from './LinkProblem';

const NETWORK = 'We could not check this link. Check your connection and reload the page.';

/**
 * A service's published link: checked first, so a link turned off or a closed service is explained
 * before any form; then the details form, then the same journey as any invite link, with this
 * arrival's own link.
 */
export function FixedLinkJoin({ linkId }: { linkId: string }) {
  const [link, setLink] = useState<FixedLinkState>({ kind: 'checking' });
  const [arrival, setArrival] = useState<FixedArrival>();
  useEffect(() => {
    void checkFixedLink(linkId).then(setLink, () => setLink({ kind: 'refused', code: 'network', message: NETWORK }));
  }, [linkId]);
  if (arrival) return <GuestJoin arrival={arrival} />;
  return (
    <>
      <h1 className="nhsuk-heading-l">Join the waiting area</h1>
      {link.kind === 'checking' ? <p role="status">Checking your link…</p> : null}
      {link.kind === 'refused' ? <LinkProblem code={link.code} message={link.message} /> : null}
      {link.kind === 'open' ? (
        <>
          <p>
            This is the waiting area for <strong data-testid="fixed-link-service">{link.serviceName}</strong>. Tell us
            who you are and why you need to be seen. A clinician will see you by video as soon as they can.
          </p>
          <FixedLinkForm linkId={linkId} onArrived={setArrival} />
        </>
      ) : null}
    </>
  );
}
