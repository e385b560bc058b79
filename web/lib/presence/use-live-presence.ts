'use client';
import { useEffect, useState } from 'react';
import { SignallingClient } from '../../../contracts/client/signalling-client';
import type { LivePresence } from '../../../contracts/protocol/notifications';
import { keepSessionFresh } from '../auth/keep-session-fresh';
import { signallingUrl } from '../call/token';

/**
 * Colleagues' presence as the server pushes it: a socket of its own, so the directory follows
 * changes wherever it is shown, told on connecting who is reachable and then every change. Anyone
 * not heard of is offline. Returns null until connected (the page then shows no presence, not a
 * guess), and null again if the connection is lost.
 */
export function useLivePresence(): ((userId: string) => LivePresence) | null {
  const [known, setKnown] = useState<ReadonlyMap<string, LivePresence>>();
  useEffect(() => {
    let s: SignallingClient | undefined;
    let stop = (): void => {};
    let gone = false;
    SignallingClient.connect(signallingUrl()).then(
      (client) => {
        if (gone) return client.close();
        s = client;
        stop = keepSessionFresh(client);
        setKnown(new Map());
        client.on('presence.changed', ({ userId, presence }) => setKnown((m) => new Map(m).set(userId, presence)));
        client.onClose(() => setKnown(undefined));
      },
      () => setKnown(undefined),
    );
    return () => {
      gone = true;
      stop();
      s?.close();
    };
  }, []);
  return known ? (userId) => known.get(userId) ?? 'offline' : null;
}
