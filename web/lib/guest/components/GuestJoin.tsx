'use client';
import { GuestJourney } from './GuestJourney';
import { SimplePrecheck } from './SimplePrecheck';

export function GuestJoin() {
  return <GuestJourney renderPrecheck={(_s, done) => <SimplePrecheck done={done} />} />;
}
