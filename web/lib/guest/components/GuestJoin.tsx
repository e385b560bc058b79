'use client';
import { useEffect, useState } from 'react';
import { PrecheckPanel } from '../../precheck/components/PrecheckPanel';
import { checkLink, type LinkState } from '../link-check';
import { inviteFromLocation } from '../redeem';
import { GuestJourney } from './GuestJourney';
import { LinkProblem } from './LinkProblem';

/**
 * The join page: the link is checked first, so a used, expired or closed-clinic link is explained
 * before any form; a good one goes on with the name the clinic gave it offered.
 */
export function GuestJoin({ arrival }: { arrival?: { token: string; name: string; reason: string } }) {
  const [token, setToken] = useState(arrival?.token);
  const [link, setLink] = useState<LinkState>({ kind: 'checking' });
  useEffect(() => {
    if (arrival) return setLink({ kind: 'valid', name: arrival.name });
    // The link is in the fragment, which only the browser sees.
    const fromPage = inviteFromLocation();
    setToken(fromPage);
    void checkLink(fromPage).then(setLink, () =>
      setLink({
        kind: 'refused',
        code: 'network',
        message: 'We could not check your link. Check your connection and reload the page.',
      }),
    );
  }, [arrival]);
  if (link.kind !== 'valid' || !token) {
    return (
      <>
        <h1 className="nhsuk-heading-l">Join your video consultation</h1>
        {link.kind === 'refused' ? (
          <LinkProblem code={link.code} message={link.message} />
        ) : (
          <p role="status">Checking your link…</p>
        )}
      </>
    );
  }
  return (
    <GuestJourney
      token={token}
      initialName={link.name ?? undefined}
      arrival={arrival}
      renderPrecheck={(signalling, done) => (
        <PrecheckPanel signalling={signalling} onDone={done} doneLabel="Continue to the waiting area" />
      )}
    />
  );
}
