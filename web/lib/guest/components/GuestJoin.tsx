'use client';
import { PrecheckPanel } from '../../precheck/components/PrecheckPanel';
import { GuestJourney } from './GuestJourney';

export function GuestJoin() {
  return (
    <GuestJourney
      renderPrecheck={(signalling, done) => (
        <PrecheckPanel signalling={signalling} onDone={done} doneLabel="Continue to the waiting area" />
      )}
    />
  );
}
