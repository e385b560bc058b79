'use client';
import { useState } from 'react';
import { FixedLinkForm, type FixedArrival } from './FixedLinkForm';
import { GuestJoin } from './GuestJoin';

/** A service's published link: the details form, then the same journey as any invite link, with this arrival's own link. */
export function FixedLinkJoin({ linkId }: { linkId: string }) {
  const [arrival, setArrival] = useState<FixedArrival>();
  if (arrival) return <GuestJoin arrival={arrival} />;
  return (
    <>
      <h1 className="nhsuk-heading-l">Join the waiting area</h1>
      <p>Tell us who you are and why you need to be seen. A clinician will see you by video as soon as they can.</p>
      <FixedLinkForm linkId={linkId} onArrived={setArrival} />
    </>
  );
}
