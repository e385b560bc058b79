'use client';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { PrecheckResult } from '../../../../contracts/protocol/methods/consultation';
import { fetchCallToken, signallingUrl } from '../../call/token';
import { PrecheckPanel } from './PrecheckPanel';

class NotSignedIn extends Error {}

/**
 * The connection the check runs over: the signed-in person's own (the access cookie), or a
 * practice token where the server offers them (development only).
 */
async function connectForCheck(): Promise<SignallingClient> {
  try {
    return await SignallingClient.connect(signallingUrl());
  } catch {
    const token = await fetchCallToken('dev-precheck', 'Check').catch(() => {
      throw new NotSignedIn();
    });
    return SignallingClient.connect(signallingUrl(), token);
  }
}

/** The check on its own, for staff before a clinic (and anyone in development), to try it before joining. */
export function PrecheckDemo() {
  const [signalling, setSignalling] = useState<SignallingClient>();
  const [error, setError] = useState<string>();
  const [signedOut, setSignedOut] = useState(false);
  const [result, setResult] = useState<z.infer<typeof PrecheckResult>>();

  useEffect(() => {
    let client: SignallingClient | undefined;
    let cancelled = false;
    connectForCheck()
      .then((s) => {
        if (cancelled) return s.close();
        client = s;
        setSignalling(s);
      })
      .catch((err: Error) =>
        err instanceof NotSignedIn ? setSignedOut(true) : setError(`The check could not start: ${err.message}`),
      );
    return () => {
      cancelled = true;
      client?.close();
    };
  }, []);

  if (signedOut)
    return (
      <div className="nhsuk-inset-text" data-testid="precheck-sign-in">
        <p>
          Staff: <a href="/login?next=/check">sign in</a> to run the check. Patients, relatives and interpreters: open
          the link you were sent, the check is part of joining.
        </p>
      </div>
    );
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
