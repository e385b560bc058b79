'use client';
import { useEffect, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import type { LivePresence } from '../../../contracts/protocol/notifications';

/**
 * Colleagues' presence as the server pushes it over the page's own connection (one socket per
 * page: a second one would count the person twice and cost the server for nothing). What was read
 * with the directory stands until a change for that colleague arrives, so the answer is undefined
 * for anyone not heard of since.
 */
export function useLivePresence(signalling: SignallingClient): (userId: string) => LivePresence | undefined {
  const [heard, setHeard] = useState<ReadonlyMap<string, LivePresence>>(new Map());
  useEffect(
    () =>
      signalling.on('presence.changed', ({ userId, presence }) => setHeard((m) => new Map(m).set(userId, presence))),
    [signalling],
  );
  return (userId) => heard.get(userId);
}
