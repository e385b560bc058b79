'use client';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../http/api-error';

/** What an admin page is showing: still loading, refused, failed, or the data. */
export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'forbidden'; message: string }
  | { state: 'failed'; message: string }
  | { state: 'ready'; data: T };

/**
 * Loads what an admin page lists and reloads it after a change. A 403 is kept apart from other
 * failures, so a member of staff who is not an admin gets the "no access" page, not an error.
 */
export function useAdminData<T>(load: () => Promise<T>): { loaded: Loaded<T>; reload: () => Promise<void> } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const reload = useCallback(async () => {
    try {
      setLoaded({ state: 'ready', data: await load() });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return; // on its way to the sign-in page
      if (err instanceof ApiError && err.status === 403) setLoaded({ state: 'forbidden', message: err.message });
      else setLoaded({ state: 'failed', message: (err as Error).message });
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { loaded, reload };
}
