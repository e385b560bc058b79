'use client';
import { useEffect, useState } from 'react';

/**
 * Something a page reads once per `key` (none while the key is not known yet): `empty` until it
 * has come, and a failure said as `failure: <why>` rather than taken for "there is nothing".
 * An answer for a key the page has moved on from is dropped.
 */
export function useLoaded<T>(
  key: string | undefined,
  load: (key: string) => Promise<T>,
  empty: T,
  failure: string,
): { value: T; error?: string } {
  const [value, setValue] = useState<T>(empty);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    load(key).then(
      (got) => current && setValue(got),
      (err: Error) => current && setError(`${failure}: ${err.message}`),
    );
    return () => {
      current = false;
    };
  }, [key, load, failure]);
  return { value, error };
}
