'use client';
import type { ReactNode } from 'react';
import type { Loaded } from '../../admin/use-admin-data';

/**
 * The MDT pages' frame: a way back, the title, then the content once loaded; staff who are not on
 * the MDT's team (the API refused them 403) are told so plainly, and shown nothing of it.
 */
export function MdtFrame<T>({
  title,
  back,
  loaded,
  children,
}: {
  title: string;
  back: { href: string; text: string };
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'forbidden')
    return (
      <div>
        <h1>You do not have access</h1>
        <p>MDT lists are for the members of the team. If you should be on it, ask your MDT coordinator.</p>
        <p>
          <a href="/dashboard">Go to your dashboard</a>
        </p>
      </div>
    );
  return (
    <div>
      <nav className="nhsuk-back-link" aria-label="Back">
        <a className="nhsuk-back-link__link" href={back.href}>
          {back.text}
        </a>
      </nav>
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
