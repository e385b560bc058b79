'use client';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { SignallingClient } from '../../../../signalling/client/signalling-client';
import type { PrecheckResult } from '../../../../signalling/protocol/methods/consultation';
import { fetchCallToken, signallingUrl } from '../../call/token';
import { PrecheckPanel } from './PrecheckPanel';

/** The check on its own, with a development token (refused in production), to try it before joining. */
export function PrecheckDemo() {
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<z.infer<typeof PrecheckResult>>();

  useEffect(() => {
    let client: SignallingClient | undefined;
    let cancelled = false;
    fetchCallToken('precheck', 'Check')
      .then((token) => SignallingClient.connect(signallingUrl(), token))
      .then((s) => {
        if (cancelled) return s.close();
        client = s;
        setSignalling(s);
      })
      .catch((err: Error) => setError(`The check could not start: ${err.message}`));
    return () => {
      cancelled = true;
      client?.close();
    };
  }, []);

  if (error) return <p className="nhsuk-error-message">{error}</p>;
  if (!signalling) return <p>Connecting…</p>;
  return (
    <>
      <PrecheckPanel signalling={signalling} onDone={setResult} doneLabel="Finish check" />
      {result ? (
        <div className="nhsuk-inset-text" data-testid="precheck-done" data-passed={result.passed}>
          <p>
            Check finished. What the clinician would see: <strong>{result.summary}</strong>
          </p>
        </div>
      ) : null}
    </>
  );
}
