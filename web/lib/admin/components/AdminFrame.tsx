'use client';
import type { ReactNode } from 'react';
import type { Loaded } from '../use-admin-data';

/**
 * Every admin page's frame: a way back to the admin home, then the page's content once loaded,
 * or a plain "You do not have access" for staff who are not admins (the API refused them 403).
 */
export function AdminFrame<T>({
  title,
  loaded,
  home = false,
  children,
}: {
  title: string;
  loaded: Loaded<T>;
  home?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'forbidden') {
    return (
      <div>
        <h1>You do not have access</h1>
        <p>
          These pages are for administrators. If you need to change an account or a service, ask your administrator.
        </p>
        <p>
          <a href="/dashboard">Go to your queues</a>
        </p>
      </div>
    );
  }
  return (
    <div>
      {home ? null : (
        <nav className="nhsuk-back-link" aria-label="Back">
          <a className="nhsuk-back-link__link" href="/admin">
            Administration
          </a>
        </nav>
      )}
      <h1>{title}</h1>
      {loaded.state === 'loading' ? <p role="status">Loading…</p> : null}
      {loaded.state === 'failed' ? (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">There is a problem</h2>
          <div className="nhsuk-error-summary__body">
            <p>{loaded.message}</p>
          </div>
        </div>
      ) : null}
      {loaded.state === 'ready' ? children(loaded.data) : null}
    </div>
  );
}
