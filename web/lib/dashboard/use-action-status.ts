'use client';
import { useCallback, useState } from 'react';

/** Runs one of the clinician's actions and reports it, so each button need not handle its own failure. */
export type Act = (what: string, fn: () => Promise<unknown>) => Promise<void>;

/**
 * The dashboard's one problem banner and one status line. A lost connection and a failed action
 * share the banner, so starting a new action clears whichever is shown.
 */
export function useActionStatus(): {
  error: string | undefined;
  notice: string | undefined;
  setError(message: string): void;
  act: Act;
} {
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const act = useCallback<Act>(async (what, fn) => {
    setError(undefined);
    try {
      await fn();
      setNotice(what);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);
  return { error, notice, setError, act };
}
