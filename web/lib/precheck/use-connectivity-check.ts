'use client';
import { useEffect, useRef, useState } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import { runConnectivityProbe } from './connectivity-probe';
import type { ConnectionCheck } from './verdict';

/**
 * Runs the connectivity probe, again whenever `run` changes. Runs are chained: the server allows
 * one probe per connection, so a new run waits until the previous one has stopped its probe.
 */
export function useConnectivityCheck(signalling: SignallingClient, run: number): ConnectionCheck {
  const [check, setCheck] = useState<ConnectionCheck>({ state: 'checking' });
  const previous = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    setCheck({ state: 'checking' });
    const abort = new AbortController();
    const probe = previous.current.then(() => {
      if (abort.signal.aborted) return;
      return runConnectivityProbe(signalling, { signal: abort.signal }).then(
        (result) => !abort.signal.aborted && setCheck({ state: 'done', result }),
        (err: Error) => !abort.signal.aborted && setCheck({ state: 'error', message: err.message }),
      );
    });
    previous.current = probe.catch(() => {});
    return () => abort.abort();
  }, [signalling, run]);
  return check;
}
